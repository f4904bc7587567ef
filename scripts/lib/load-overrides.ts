/**
 * Reads content/overrides/: one `<id>.yaml` (or `.yml`) per corrected notice, named by the id of
 * the record it corrects. Each file is parsed and checked here; a bad one stops ingest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IngestError } from '../../src/ingest/errors.ts';
import { parseOverride } from '../../src/ingest/overrides/parse-override.ts';
import type { Override } from '../../src/schemas/override.ts';

/** An override file: where it is (as messages name it) and its corrections. */
export interface OverrideFile {
	file: string;
	override: Override;
}

/**
 * Loads every override file of a folder, keyed by the notice id its name gives.
 * @param dir The overrides folder; missing means no overrides.
 * @returns The overrides by notice id.
 * @throws {IngestError} For bad YAML, a bad correction, or two files for one id.
 * @example loadOverrides('content/overrides').get('tianjin-2025-pilot-call')?.override.corrections
 */
export function loadOverrides(dir: string): Map<string, OverrideFile> {
	const byId = new Map<string, OverrideFile>();
	if (!existsSync(dir)) return byId;
	for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
		const path = join(dir, name);
		// Named as the user would type it: relative inside the working folder, else absolute.
		const file = relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path);
		const id = name.replace(/\.ya?ml$/, '');
		const other = byId.get(id);
		if (other) throw new IngestError(file, `a second override for \`${id}\` (the first is ${other.file})`);
		byId.set(id, { file, override: parseOverride(readFileSync(join(dir, name), 'utf8'), file) });
	}
	return byId;
}
