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
	const index = /Pagefind indexed (\d+) notice pages in (\d+) bundle\(s\), (\d+) from the cache(?:, (\d+) indexed while pages rendered)? \(([\d.]+) s\); literal index: \d+ shard files(?:, \d+ from the cache)?(?:, \d+ of \d+ runs of notices scanned)? \(([\d.]+) s\)/u.exec(log);
	// Every output Astro logged, with ` (cached)` or ` (restored)` when it did not render it. With
	// build.concurrency above one a rendered page's `(+12ms)` may come after other pages' lines, so a
	// route's time is the wall clock from its first output to the next route's (routes render one
	// after the other).
	const logged = [...log.matchAll(/(?:(\d\d:\d\d:\d\d)\s+)?├─ (\/\S*?\.(?:html|ics|xml|json|csv|pack|txt|pdf|docx?))(?= |\d\d:|\n|$)( \((?:cached|restored)\))?/gu)];
	const routes: Record<string, { pages: number; seconds: number }> = {};
	const end = clock(/^(\d\d:\d\d:\d\d) ✓ Completed in/mu.exec(log));
	let current: { pages: number; seconds: number } | undefined;
	let since = NaN;
	for (const m of logged) {
		const route = (/^\/([^/\s]*)/u.exec(m[2] ?? '')?.[1] ?? '').replace(/\.\w+$/u, '') || 'index';
		const at = m[1] === undefined ? NaN : clock(/^(.*)$/u.exec(m[1]));
		const entry = (routes[route] ??= { pages: 0, seconds: 0 });
		if (entry !== current) {
			if (current !== undefined && !Number.isNaN(at)) current.seconds += at - since;
			[current, since] = [entry, at];
		}
		entry.pages += 1;
	}
	if (current !== undefined) current.seconds += end - since;
	for (const entry of Object.values(routes)) entry.seconds = Math.round(entry.seconds * 10) / 10;
	return {
		routes,
		syncSeconds: sync,
		bundlingSeconds: bundling,
		pathsSeconds: first - paths,
		generationSeconds: generation,
		renderedPages: logged.filter((m) => m[3] === undefined).length,
		reusedPages: logged.filter((m) => m[3] !== undefined).length,
		// Bundles indexed while the other routes rendered (src/integrations/early-index.ts) count as indexed, not reused.
		pagefind: { pages: Number(index?.[1]), bundles: Number(index?.[2]), bundlesReused: Number(index?.[3]), bundlesEarly: Number(index?.[4] ?? 0), seconds: Number(index?.[5]) },
		literalSeconds: Number(index?.[6]),
	};
}

