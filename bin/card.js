// What namukpark guarantees to a card package made with `namukpark --init` (package.json exports it as
// `namukpark/card`), for every namukpark version its dependency range reaches: the card's bin calls
// `require('namukpark/card').runCard(__dirname)`, from the card's folder, which holds
//   package.json  its `name` (what `npx` fetches), `bin` (one command; its name, or the name after the scope, names
//                 the command), `version` (what --version says) and `description` (the first line of --help);
//   resume.json   the CV, in JSON Resume or namukpark's own schema, read as `--data` reads a file.
// The card then runs as namukpark does, on the same Node.js checks, under its own name and with its own CV.

/** Runs the card whose folder is `directory`, with the process's command line. */
function runCard(directory) {
	const card = require(`${directory}/package.json`);
	const bins = card.bin !== null && typeof card.bin === 'object' ? Object.keys(card.bin) : [];
	const name = bins.length === 1 ? bins[0] : String(card.name).replace(/^@[^/]*\//, '');
	require('./start.js').start({
		name,
		packageName: String(card.name),
		version: String(card.version),
		description: String(card.description || `${name}'s CV in your terminal`),
		data: `${directory}/resume.json`,
	});
}

module.exports = {runCard};
