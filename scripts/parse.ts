/**
 * `npm run --silent parse -- FILE`: prints `{"notices":[…records…]}` for one source file.
 * Bad input: one line on stderr naming the file and the reason, exit code 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { IngestError, parseNoticeFile } from '../src/ingest/index.ts';
import { MAX_SOURCE_BYTES } from '../src/ingest/decode/index.ts';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
	process.stderr.write('usage: npm run --silent parse -- FILE\n');
	process.exit(2);
}
try {
	const size = statSync(file).size;
	if (size > MAX_SOURCE_BYTES) throw new IngestError(file, `file too large (${(size / 1048576).toFixed(1)} MB, limit ${MAX_SOURCE_BYTES / 1048576} MB)`);
	const notices = parseNoticeFile(readFileSync(file), file).map((n) => n.record);
	process.stdout.write(`${JSON.stringify({ notices }, null, 2)}\n`);
} catch (error) {
	const message =
		error instanceof IngestError
			? error.message
			: `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`;
	process.stderr.write(`${message.split('\n')[0]}\n`);
	process.exit(1);
}
