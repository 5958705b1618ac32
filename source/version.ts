import packageJson from '../package.json' with {type: 'json'};

/** The package's version; the build writes it in as a constant, so that `--version` loads nothing else. */
export const packageVersion: string = typeof NAMUKPARK_VERSION === 'string' ? NAMUKPARK_VERSION : packageJson.version;

declare const NAMUKPARK_VERSION: string | undefined;
