/**
 * `npm run corpus -- --count N [--seed S] [--out DIR]`: writes N synthetic notices (text files,
 * as bureaus publish them) made from the real ones in content/sources/, for benchmarks and scale
 * tests. Default: 1000 notices, seed 1, into ./tmp/corpus-<N>/. Never writes into content/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseNoticeFile } from '../src/ingest/index.ts';
import { syntheticCorpus, type BaseNotice } from './lib/synthetic/synthetic-corpus.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
	process.stderr.write('usage: npm run corpus -- --count N [--seed S] [--out DIR]\n');
	process.exit(2);
}
const out = resolve(values.out ?? join('tmp', `corpus-${count}`));
if (out.startsWith(resolve('content'))) {
	process.stderr.write(`${out}: refusing to write synthetic notices into content/\n`);
	process.exit(2);
}

// Each source file once, with the record of its first (carrying) notice.
const sources = resolve('content/sources');
const bases: BaseNotice[] = readdirSync(sources)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((f) => {
		const bytes = readFileSync(join(sources, f));
		const [first] = parseNoticeFile(bytes, f);
		if (first === undefined) throw new Error(`${f}: no notice`);
		return { text: new TextDecoder().decode(bytes), record: first.record };
	});

mkdirSync(out, { recursive: true });
for (const notice of syntheticCorpus(bases, count, seed)) writeFileSync(join(out, notice.name), notice.text);
process.stdout.write(`${count} synthetic notices (seed ${seed}) in ${out}\n`);
