/**
 * Recall of the search page on literal phrases: for each phrase, every notice whose indexed text
 * contains it (the ground truth, by plain string search) against the notices the page finds; and
 * Pagefind's own search on the same phrase, quoted as its docs advise, for contrast.
 */
import type { Page } from 'playwright-core';
import { foldText } from '../src/search/fold-text.ts';

/** Notices wanted and found, summed over the phrases. */
export interface RecallCounts {
	wanted: number;
	found: number;
	falsePositives: number;
	pagefindFound: number;
	missed: string[];
}

/** Search the page for a phrase; returns the notice numbers it found and Pagefind's page ids. */
function ask(page: Page, phrase: string): Promise<{ ours: number[]; theirs: string[] }> {
	return page.evaluate(async (q) => {
		const element = document.querySelector<HTMLElement & { found: number[] }>('search-page');
		const input = document.querySelector<HTMLInputElement>('#search-query');
		if (element === null || input === null) throw new Error('no search page');
		input.value = q;
		input.form?.requestSubmit();
		while (element.dataset['state'] !== 'done' || element.dataset['query'] !== q) await new Promise((r) => setTimeout(r, 5));
		const bundle = '/pagefind/pagefind.js';
		type Pagefind = { search: (t: string) => Promise<{ results: { id: string }[] }>; mergeIndex: (url: string) => Promise<void> };
		const pagefind = (await import(bundle)) as Pagefind;
		// Pagefind's own search over every bundle, merged once per page as Pagefind's docs do it.
		const merged = window as unknown as { mergedBundles?: Promise<unknown> };
		merged.mergedBundles ??= fetch('/search/literal/manifest.json')
			.then((response) => response.json() as Promise<{ pagefind: string[] }>)
			.then((manifest) => Promise.all(manifest.pagefind.slice(1).map((folder) => pagefind.mergeIndex(`/${folder}`))));
		await merged.mergedBundles;
		const plain = await pagefind.search(`"${q}"`);
		return { ours: element.found, theirs: plain.results.map((r) => r.id) };
	}, phrase);
}

/**
 * Measure recall.
 * @param page A loaded /search/ page.
 * @param phrases Literal phrases.
 * @param texts Each notice's indexed text, folded, in notice order.
 * @param pageIds Pagefind page id of each notice, in notice order.
 */
export async function measureRecall(page: Page, phrases: readonly string[], texts: readonly string[], pageIds: readonly string[]): Promise<RecallCounts> {
	const docOf = new Map(pageIds.map((id, doc) => [id, doc]));
	const counts: RecallCounts = { wanted: 0, found: 0, falsePositives: 0, pagefindFound: 0, missed: [] };
	for (const [i, phrase] of phrases.entries()) {
		const folded = foldText(phrase);
		const truth = new Set(texts.flatMap((text, doc) => (text.includes(folded) ? [doc] : [])));
		const { ours, theirs } = await ask(page, phrase);
		const found = new Set<number | undefined>(ours);
		const pagefind = new Set(theirs.map((id) => docOf.get(id)));
		counts.wanted += truth.size;
		for (const doc of truth) if (found.has(doc)) counts.found++;
		for (const doc of truth) if (pagefind.has(doc)) counts.pagefindFound++;
		counts.falsePositives += [...found].filter((doc) => doc === undefined || !truth.has(doc)).length;
		if ([...truth].some((doc) => !found.has(doc))) counts.missed.push(phrase);
		process.stdout.write(`\rphrases ${i + 1}/${phrases.length}`);
	}
	process.stdout.write('\n');
	return counts;
}
