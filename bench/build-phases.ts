/**
 * The phases of an `astro build` from its log: Vite's bundle, getStaticPaths, page generation (and
 * each route's share), Pagefind and the literal index (their line from src/integrations/index-site.ts).
 */

/** Seconds Astro's log gives for page generation, and Pagefind's and the literal index's line. */
export function buildPhases(log: string) {
	// Astro writes `1m 23s`, `37.43s` or `850ms`.
	const seconds = (text: string | undefined) => {
		const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?(?:([\d.]+)ms)?$/u.exec(text?.trim() ?? '');
		return m === null ? NaN : Math.round((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 1000) * 10) / 10;
	};
	const generation = seconds(/generating static routes[\s\S]*?✓ Completed in ([^.\n]*?(?:\d+(?:\.\d+)?m?s))\./u.exec(log)?.[1]);
	const bundling = seconds(/\[vite\] ✓ built in ([^\n]+)/u.exec(log)?.[1]);
	// Content sync (the notice loader renders changed bodies) ends with Astro's types line.
	const sync = seconds(/\[types\] Generated ([^\n]+)/u.exec(log)?.[1]);
	// getStaticPaths of every route runs between Vite's bundle and the first page written.
	const clock = (line: RegExpExecArray | null) => {
		const [h, m, sec] = (line?.[1] ?? '').split(':').map(Number);
		return (h ?? NaN) * 3600 + (m ?? NaN) * 60 + (sec ?? NaN);
	};
	const paths = clock(/^(\d\d:\d\d:\d\d) \[build\] Rearranging/mu.exec(log));
	const first = clock(/^(\d\d:\d\d:\d\d)\s+├─/mu.exec(log));
	const index = /Pagefind indexed (\d+) notice pages in (\d+) bundle\(s\), (\d+) from the cache \(([\d.]+) s\); literal index: \d+ shard files \(([\d.]+) s\)/u.exec(log);
	// Render time per route, from each page's `├─ /compare/a/b/index.html (+12ms)` line.
	const routes: Record<string, { pages: number; seconds: number }> = {};
	for (const m of log.matchAll(/├─ \/([^/\s]*)\S* \(\+([\d.]+)(ms|s)\)/gu)) {
		const route = (m[1] ?? '').replace(/\.\w+$/u, '') || 'index';
		const entry = (routes[route] ??= { pages: 0, seconds: 0 });
		entry.pages += 1;
		entry.seconds += Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
	}
	for (const entry of Object.values(routes)) entry.seconds = Math.round(entry.seconds * 10) / 10;
	return {
		routes,
		syncSeconds: sync,
		bundlingSeconds: bundling,
		pathsSeconds: first - paths,
		generationSeconds: generation,
		renderedPages: (log.match(/├─ \S+ \(\+/gu) ?? []).length,
		reusedPages: (log.match(/├─ \S+ \((?:cached|restored)\)/gu) ?? []).length,
		pagefind: { pages: Number(index?.[1]), bundles: Number(index?.[2]), bundlesReused: Number(index?.[3]), seconds: Number(index?.[4]) },
		literalSeconds: Number(index?.[5]),
	};
}

