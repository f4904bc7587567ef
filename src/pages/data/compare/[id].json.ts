/**
 * /data/compare/<id>.json: one notice as the compare picker reads it (record, the text blocks ingest
 * wrote, and its effective facts, so the picker compares what a notice carries from the call it
 * forwards), handed to its Web Worker as is.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { effectiveFacts, type EffectiveFacts } from '../../../compare/inherit/effective-facts.ts';
import { propsKey } from '../../../lib/build/cache-key.ts';
import { compareDocOf } from '../../../lib/compare/compare-docs.ts';
import { loadTaxonomy } from '../../../lib/domains/load-taxonomy.ts';
import { loadNotices, type NoticeEntry } from '../../../lib/notices/load-notices.ts';

export const getStaticPaths = (async () => {
	const entries = await loadNotices();
	const records = entries.map((entry) => entry.data);
	const taxonomy = await loadTaxonomy();
	return entries.map((entry) => {
		const props = { entry, facts: effectiveFacts(entry.data, records, taxonomy) };
		return { params: { id: entry.data.id }, props, cacheKey: propsKey(props) };
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: NoticeEntry; facts: EffectiveFacts }> = async ({ props }) =>
	new Response(JSON.stringify({ ...(await compareDocOf(props.entry)), facts: props.facts }), {
		headers: { 'Content-Type': 'application/json' },
	});
