/** A CV file that cannot be used; `message` is one line for the user, naming the file. */
export class CvError extends Error {
	override name = 'CvError';
}
