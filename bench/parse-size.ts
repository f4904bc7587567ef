/**
 * `node bench/parse-size.ts`: how parse time grows with input size, for the README's "Accepted
 * input" figures. Realistic inputs are one notice (the header of a seed, then the body lines of
 * every seed over and over, then a signature); the single-line input is the same with its body on
 * one line; the hostile ones are the shapes test/ingest/linear-time.test.ts guards, at the size
 * limit. Each figure is the median of three runs after a warm-up: parse (parseNoticeFile) and
 * serialize (treeToMdx), milliseconds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { MAX_SOURCE_BYTES } from '../src/ingest/decode/index.ts';
import { parseNoticeFile } from '../src/ingest/index.ts';
import { treeToMdx } from '../src/ingest/serialize/tree-to-mdx.ts';

const SOURCES = new URL('../content/sources/', import.meta.url);
const seeds = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort();
const head = readFileSync(new URL(seeds.at(-1)!, SOURCES), 'utf8').split('\n');
const salutation = head.findIndex((line) => /：$/.test(line.trim()));
// Body lines only: no masthead, title, 文号, date or signature line, so the input stays one notice.
const body = seeds.flatMap((seed) =>
	readFileSync(new URL(seed, SOURCES), 'utf8')
		.split('\n')
		.filter((line) => !/文件$|关于.*(?:通知|通告)$|〔\d{4}〕|^\d{4}年\d{1,2}月\d{1,2}日$|：$|(?:局|会|办公室)$/.test(line.trim())),
);
const SIGNATURE = ['天津市市场监督管理委员会', '2025年3月20日'];

function realistic(bytes: number, oneLine = false): string {
	const lines: string[] = [];
	for (let size = 0, i = 0; size < bytes; i++) {
		const line = body[i % body.length]!;
		lines.push(line);
		size += Buffer.byteLength(line) + 1;
	}
	return [...head.slice(0, salutation + 1), lines.join(oneLine ? '' : '\n'), ...SIGNATURE].join('\n');
}

const HEAD = '某某市市场监督管理局文件\n某市监〔2026〕1号\n关于开展2026年度标准化试点项目申报工作的通知\n各有关单位：\n';
const TAIL = '\n某某市市场监督管理局\n2026年4月1日\n';
/** A hostile body of about `bytes` UTF-8 bytes: `unit` repeated (3 bytes per Han character). */
const hostile = (prefix: string, unit: string, bytes: number) => HEAD + prefix + unit.repeat(Math.floor((bytes - 400) / Buffer.byteLength(unit))) + TAIL;

const LIMIT = MAX_SOURCE_BYTES - 1000;
const INPUTS: Array<[string, string]> = [
	['realistic, 100 kB', realistic(100_000)],
	['realistic, 1 MB', realistic(1_000_000)],
	['realistic, 4 MB', realistic(4_000_000)],
	['realistic, 2 MB on one line', realistic(2_000_000, true)],
	['hostile: a trigger word every 5 characters, one line, 5 MiB', hostile('一、', '围绕农业、', LIMIT)],
	['hostile: one sentence of caps, no comma, 5 MiB', hostile('每个领域', '不超过3个', LIMIT)],
	['hostile: one paragraph broken into lines, 5 MiB', hostile('', '承担单位应当具备标准化工作基础和能力并且\n', LIMIT)],
];

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(text: string): { parse: number; serialize: number; bytes: number } {
	const bytes = Buffer.from(text);
	const parse: number[] = [];
	const serialize: number[] = [];
	for (let run = 0; run < 4; run++) {
		const started = performance.now();
		const notices = parseNoticeFile(bytes, 'bench.txt');
		const parsed = performance.now();
		for (const notice of notices) treeToMdx(notice);
		// Run 0 warms up the JIT.
		if (run > 0) {
			parse.push(parsed - started);
			serialize.push(performance.now() - parsed);
		}
	}
	return { parse: median(parse), serialize: median(serialize), bytes: bytes.length };
}

console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}\n`);
console.log('| input | bytes | parse ms | serialize ms | parse µs/kB |');
console.log('|---|---|---|---|---|');
for (const [name, text] of INPUTS) {
	const { parse, serialize, bytes } = measure(text);
	console.log(`| ${name} | ${bytes.toLocaleString('en')} | ${Math.round(parse)} | ${Math.round(serialize)} | ${Math.round((parse / bytes) * 1e6)} |`);
}
