/**
 * Where the search page's load goes: the gzipped kB of each part it fetched before the first
 * query, so BENCHMARKS.md can say which part grows with the number of notices.
 */

const PARTS: [part: string, test: RegExp][] = [
	['doc table', /\/search\/literal\/docs\.(bin|json)$/u],
	['dict', /\/search\/literal\/dict-\d+\.bin$/u],
	['manifest', /\/search\/literal\/manifest\.json$/u],
	['Pagefind', /\/pagefind\//u],
	['page, CSS and script', /./u],
];

/**
 * Sum fetched files by part.
 * @param files Path and gzipped bytes of each response.
 * @example loadPartsOf([{ path: '/search/literal/docs.bin', bytes: 2048 }]) // { 'doc table': 2 }
 */
export function loadPartsOf(files: readonly { path: string; bytes: number }[]): Record<string, number> {
	const bytesOf: Record<string, number> = {};
	for (const { path, bytes } of files) {
		const part = PARTS.find(([, test]) => test.test(path))?.[0] ?? 'other';
		bytesOf[part] = (bytesOf[part] ?? 0) + bytes;
	}
	return Object.fromEntries(Object.entries(bytesOf).map(([part, bytes]) => [part, Math.round(bytes / 10.24) / 100]));
}
