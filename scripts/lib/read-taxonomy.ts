/**
 * Reading the taxonomy from content/domains/*.yaml in Node: ingest and parse pass it to the
 * processor, which writes each domain's `canonical` ids; tests and benchmarks read it too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { DomainEntrySchema, type DomainEntry } from '../../src/schemas/domain.ts';

/**
 * Every `*.yaml` file of a folder as a domain entry, sorted by id; throws naming the file on bad data.
 * @param dir The taxonomy folder, e.g. `content/domains`.
 */
export function readTaxonomy(dir: string): DomainEntry[] {
	const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
	return files.map((file) => {
		const path = join(dir, file);
		let data: unknown;
		try {
			data = parse(readFileSync(path, 'utf8'));
		} catch (error) {
			throw new Error(`${path}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
		}
		const result = DomainEntrySchema.safeParse(data);
		if (!result.success) {
			const issue = result.error.issues[0];
			throw new Error(`${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid domain entry'}`);
		}
		return { id: basename(file, '.yaml'), ...result.data };
	});
}
