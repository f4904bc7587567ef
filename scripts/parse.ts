/**
 * `npm run --silent parse -- FILE`: prints `{"notices":[…records…]}` for one source file (text,
 * PDF, DOCX or a saved web page).
 * Bad input: one line on stderr naming the file and the reason, exit code 1.
 */
import { join } from 'node:path';
import { IngestError, parseNoticeSource } from '../src/ingest/index.ts';
import { readSource } from './lib/read-source.ts';
import { readTaxonomy } from './lib/read-taxonomy.ts';

// Found from this script, not the working directory: the command runs from any folder of the repo.
const DOMAINS = join(import.meta.dirname, '../content/domains');

const file = process.argv[2];
if (!file || process.argv.length > 3) {
	process.stderr.write('usage: npm run --silent parse -- FILE\n');
	process.exit(2);
}
let taxonomy;
try {
	taxonomy = readTaxonomy(DOMAINS);
} catch (error) {
	// A bad taxonomy file is named by readTaxonomy: `content/domains/x.yaml: not valid YAML (…)`.
	process.stderr.write(`${(error as Error).message.split('\n')[0]}\n`);
	process.exit(1);
}
try {
	const notices = (await parseNoticeSource(readSource(file), file, { taxonomy })).map((n) => n.record);
	process.stdout.write(`${JSON.stringify({ notices }, null, 2)}\n`);
} catch (error) {
	const message = error instanceof IngestError ? error.message : `${file}: internal error: ${(error as Error).message}`;
	process.stderr.write(`${message.split('\n')[0]}\n`);
	process.exit(1);
}
