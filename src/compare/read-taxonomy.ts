/**
 * Reading the taxonomy from content/domains/*.yaml in Node (tests, scripts, benchmarks); the site
 * reads the same files through its `domains` content collection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { DomainEntrySchema } from '../schemas/domain.ts';
import type { DomainEntry } from './types.ts';

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
