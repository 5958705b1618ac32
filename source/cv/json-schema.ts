import * as z from 'zod/mini';
import {cvSchema} from './schema.js';

export function jsonSchemaText(): string {
	const schema = z.toJSONSchema(cvSchema, {
		target: 'draft-2020-12',
		unrepresentable: 'any',
	});
	return `${JSON.stringify({...schema, title: 'namukpark CV'}, null, '\t')}\n`;
}
