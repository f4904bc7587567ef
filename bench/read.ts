/**
 * `node bench/read.ts`: how long the read stage takes on a 20-page PDF (a seed repeated, printed
 * by Chromium) and on a DOCX of the same text (issue 14: ≤ 2 s and ≤ 0.5 s), after one warm-up
 * read, as p50 and max of 5 reads. Writes bench/results/read.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readNotice } from '../src/ingest/read/index.ts';
import { printHtml, printPdf, textToDocx } from '../test/helpers/read-fixtures.ts';
import { today } from '../src/text/today.ts';

const seed = readFileSync(new URL('../content/sources/tianjin-2025-pilot-call.txt', import.meta.url), 'utf8');
const text = Array.from({ length: 6 }, () => seed).join('\n');
const pdf = printPdf(printHtml(text));
const docx = await textToDocx(text);

async function measure(bytes: Uint8Array, file: string) {
	const read = await readNotice(bytes, file);
	const times: number[] = [];
	for (let i = 0; i < 5; i++) {
		const start = performance.now();
		await readNotice(bytes, file);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { characters: read.text.length, p50: Math.round(times[2]!), max: Math.round(times[4]!) };
}

const { getDocumentProxy } = await import('unpdf');
const pages = (await getDocumentProxy(pdf.slice())).numPages;
const results = { date: today(), pdf: { pages, bytes: pdf.length, ...(await measure(pdf, 'bench.pdf')) }, docx: { bytes: docx.length, ...(await measure(docx, 'bench.docx')) } };
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(new URL('results/read.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results));
