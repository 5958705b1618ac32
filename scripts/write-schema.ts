// Writes data/cv.schema.json from the zod schema, so editors check cv.json against the same rules as the loader.
import {writeFileSync} from 'node:fs';
import {jsonSchemaText} from '../source/cv/json-schema.js';

writeFileSync(new URL('../data/cv.schema.json', import.meta.url), jsonSchemaText());
