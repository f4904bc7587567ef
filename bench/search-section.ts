/**
 * The full-text search section of BENCHMARKS.md, from bench/results/search.json (bench/search.ts),
 * each figure beside its budget, and beside the figure before issue 16 (search-before.json: the
 * search page that loaded Pagefind's runtime, metadata and filter index, and a JSON doc table).
 */
import { existsSync, readFileSync } from 'node:fs';
import { COMMIT_PAUSE_MS, KEYSTROKE_PAUSE_MS } from '../src/search/show/typing-pause.ts';

interface Spread {
	p50: number;
	p95: number;
	max: number;
}
interface SearchResult {
	date: string;
	chromium: string;
	notices: number;
	site: string;
	index: { seconds: number | null; peakGB: number | null; pagefind: { files: number; megabytes: number }; literal: { files: number; megabytes: number } };
	pageLoad: { kB: Spread; parts?: Record<string, number> };
	freshPage: { runs: number; kB: Spread; settledMs: Spread };
	freshPageWithLoad: Spread;
	afterOtherQueries: { runs: number; kB: Spread; settledMs: Spread };
	/** Each fresh-page query (absent from older results). */
	queries?: { query: string; kB: number; settledMs: number; found: number }[];
	recall: { phrases: number; notices: number; recall: number; falsePositives: number; pagefindAlone: number };
	budget: { indexSeconds: number; indexPeakGB: number; queryKB: number; settledMs: number; recall: number };
	met: Record<'indexSeconds' | 'indexPeakGB' | 'queryKB' | 'settledMs' | 'recall', boolean>;
}

const ok = (met: boolean) => (met ? 'met' : '**not met**');
const spread = (s: Spread, unit: string) => `${s.p50} / ${s.p95} / ${s.max} ${unit}`;

/** The table's rows: what, its figure in a result, and its budget (judged on `r`). */
function rows(r: SearchResult): [string, (x: SearchResult) => string, string][] {
	const b = r.budget;
	return [
		[
			'index alone (Pagefind in bundles + literal index)',
			(x) => (x.index.seconds === null ? 'not timed in this run (`--built-index`: the index the build wrote)' : `${x.index.seconds} s, peak ${x.index.peakGB} GB (process tree)`),
			`≤ ${b.indexSeconds} s, ≤ ${b.indexPeakGB} GB: ${r.index.seconds === null ? 'see the scale section' : ok(r.met.indexSeconds && r.met.indexPeakGB)}`,
		],
		['index on disk', (x) => `Pagefind ${x.index.pagefind.megabytes} MB in ${x.index.pagefind.files} files; literal ${x.index.literal.megabytes} MB in ${x.index.literal.files} files`, '—'],
		['search page load, before any query', (x) => spread(x.pageLoad.kB, 'kB'), '—'],
		['of it, by part (first load)', (x) => (x.pageLoad.parts === undefined ? 'not recorded' : Object.entries(x.pageLoad.parts).map(([part, kB]) => `${part} ${kB} kB`).join('; ')), '—'],
		['1–3 word query typed on a freshly loaded page: transfer', (x) => `${spread(x.freshPage.kB, 'kB')} (${x.freshPage.runs} queries)`, `≤ ${b.queryKB} kB: ${ok(r.met.queryKB)}`],
		['same: settled results', (x) => spread(x.freshPage.settledMs, 'ms'), `≤ ${b.settledMs} ms p95 (issue 16): ${ok(r.freshPage.settledMs.p95 <= b.settledMs)}`],
		["same query, counting the search page's own load too", (x) => spread(x.freshPageWithLoad, 'kB'), `≤ ${b.queryKB} kB (issue 16): ${ok(r.freshPageWithLoad.max <= b.queryKB)}`],
		['query after two others on the page: transfer', (x) => `${spread(x.afterOtherQueries.kB, 'kB')} (${x.afterOtherQueries.runs} queries)`, '—'],
		['same: settled results', (x) => spread(x.afterOtherQueries.settledMs, 'ms'), `≤ ${b.settledMs} ms p95: ${ok(r.afterOtherQueries.settledMs.p95 <= b.settledMs)}`],
		['recall on literal phrases', (x) => `${x.recall.recall} on ${x.recall.phrases} phrases (${x.recall.notices} notice matches), ${x.recall.falsePositives} false positives`, `≥ ${b.recall}: ${ok(r.met.recall)}`],
		['Pagefind alone on the same phrases (quoted)', (x) => `recall ${x.recall.pagefindAlone}`, '—'],
	];
}

/** What the figures mean, after the table. */
const notes = (now: SearchResult | undefined) => `Since issue 16 the search page loads no Pagefind script, worker, WASM, metadata or filter index
(before: ~80 kB of runtime, the metadata of every bundle, a line per page, and the filter index of
the filter-only search that listed every notice). It loads the page, the manifest and the doc table
(\`docs.bin\`: per notice its facet values and main deadline, binary and
gzipped; no 成文日期 column, as notice numbers follow it), and the dict when it is one or two shards
(3 kB at 12,477 notices: it lists only frequent grams); filters, counts and sorts from the doc table;
fetches a committed word's sets or post shards during the ${COMMIT_PAUSE_MS} ms pause after it (a letter typed alone waits
${KEYSTROKE_PAUSE_MS} ms for the next, and pinyin an input method is still composing is not searched); and fetches the
fragments of the results it shows by notice number (\`/search/fragments/<n>.pf_fragment\`, which the
build writes again from Pagefind's), inflated with \`DecompressionStream\`, counting and drawing the
filter pane meanwhile. A facet shows its 12 most frequent values until the reader asks for all: at
12,477 notices 地区 has 2,765, and drawing them all on every query cost more than the search.${
	now?.pageLoad.parts === undefined
		? ''
		: ` Of the page load, the doc table is ${now.pageLoad.parts['doc table'] ?? 0} kB at ${now.notices} notices and grows with them.`
}
The largest first query is a URL (\`http://sfq.sacinfo.org.cn\`, in 4 of 10 synthetic notices): its ~12
leaves each need a post shard holding thousands of occurrences, about 160 kB. Before the fragments were written
under notice numbers the doc table's largest column named each notice's Pagefind fragment file (7 hex digits of
a hash, which do not compress: about 56 kB at 12,477 notices), and that query with the page's load came to
315 kB (2026-12-03); with fragments by number it was 255 kB (2026-12-04), and the doc table now also
front-codes facet values and writes each deadline as its distance from the one before (notice numbers follow
成文日期): 56 to 42 kB.${
	now === undefined
		? ''
		: `

**Settled time${now.freshPage.settledMs.p95 <= 300 ? '' : ' over 300 ms p95'}.** A fresh page's first query settled at p50 ${now.freshPage.settledMs.p50} and p95 ${now.freshPage.settledMs.p95} ms in this run
(max ${now.freshPage.settledMs.max} ms, \`${[...(now.queries ?? [])].sort((a, b) => b.settledMs - a.settledMs)[0]?.query ?? ''}\`), a query after two others at p50 ${now.afterOtherQueries.settledMs.p50} and p95 ${now.afterOtherQueries.settledMs.p95} ms.
Until 2026-12-04 the benchmark read each response's body (a round trip to the browser and a gzip in the
benchmark's own process) as it arrived, while the query it belonged to still ran, which on this 2-core machine took
CPU from the page; it now reads them once the query has settled, and the "before" column was measured the old way.
The two changes of that day, each in an A/B on the same 10,000-source site (40 fresh queries, the two variants
alternating): reading bodies afterwards moved the fresh mean from 224 to 209 ms (p95 280 to 267); the page inflating
shards and fragments without a \`Blob\` (its constructor was 16 of 256 ms of the main thread in a CPU profile of fresh
first queries) and finding word starts a UTF-16 unit at a time, 228 to 214 ms. Earlier runs of this benchmark gave a
fresh p95 of 291, 317 and 340 ms. Where a fresh query's time goes (30 queries, marks in an unminified build of the
page): the ${COMMIT_PAUSE_MS} ms pause, matching 18–40 ms (up to 350 ms for the URL), filtering and sorting 7 ms, asking for ten
fragments 11 ms, counting and drawing the filter pane 15 ms while they load, then about 105 ms until the last fragment
is in and its result drawn, and 20 ms to the next frame. The fragments' first bytes arrive 45–100 ms after they are
asked for: six connections per host over HTTP/1.1 to a server in the benchmark's own process, on the same two cores as
the browser. Searching a committed word during the pause (matching before the pause ends) was measured too and gained
5 ms, so it was not kept.`
}
`;

/**
 * The section's Markdown.
 * @param root The repository's URL (ends with /).
 */
export function searchSection(root: URL): string {
	const read = (name: string) => {
		const file = new URL(`bench/results/${name}.json`, root);
		return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SearchResult) : undefined;
	};
	const now = read('search');
	const before = read('search-before');
	const r = now ?? before;
	if (r === undefined) return '## Full-text search\n\nNot measured yet: `node bench/search.ts`.\n';
	// Budgets are judged on the latest figures; before the first run since issue 16, on the old ones.
	const columns = [...(before === undefined ? [] : [{ title: `before issue 16 (${before.date.slice(0, 10)})`, x: before }]), ...(now === undefined ? [] : [{ title: 'now', x: now }])];
	const head = `| what | ${columns.map((c) => c.title).join(' | ')} | budget |\n|${'---|'.repeat(columns.length + 2)}`;
	const lines = rows(r).map(([what, figure, budget]) => `| ${what} | ${columns.map((c) => figure(c.x)).join(' | ')} | ${budget} |`);
	return `## Full-text search (issue: search in Chinese; issue 16)

${
		now === undefined
			? `Not measured since the search page changed for issue 16 (\`npm run bench\`, or \`node bench/search.ts --dist tmp/scale-10000/dist\`
on a site bench/scale.ts kept); the figures before it, \`node bench/search.ts\` on ${r.date.slice(0, 10)} (Chromium ${r.chromium}):
${r.notices} notice pages of ${r.site}.`
			: `\`node bench/search.ts\` on ${r.date.slice(0, 10)} (Chromium ${r.chromium}): ${r.notices} notice pages of
${r.site} (\`npm run bench\` measures the largest site of the scale benchmark below).`
	}
Transfer counts every response gzipped (index files are stored gzipped); times are from the last
keystroke to results on screen, including the pause after a committed word (${COMMIT_PAUSE_MS} ms; until 2026-12-04 every input
waited 100 ms, as in the "before" column). Figures are p50 / p95 / max.${
		before === undefined || now === undefined
			? ''
			: `
"Before" is \`bench/results/search-before.json\`, the same benchmark on the same 10,000-source site
(${before.notices} notice pages) with the search page as it was before issue 16.`
	}

${head}
${lines.join('\n')}

${notes(now)}`;
}
