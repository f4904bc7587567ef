/**
 * /data/compare/<id>.json: one notice as the compare picker reads it (record + the text blocks
 * ingest wrote), handed to its Web Worker as is.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { propsKey } from '../../../lib/build/cache-key.ts';
import { compareDocOf } from '../../../lib/compare/compare-docs.ts';
import { loadNotices, type NoticeEntry } from '../../../lib/notices/load-notices.ts';

export const getStaticPaths = (async () => {
	const entries = await loadNotices();
	return entries.map((entry) => ({ params: { id: entry.data.id }, props: { entry }, cacheKey: propsKey({ entry }) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: NoticeEntry }> = async ({ props }) =>
	new Response(JSON.stringify(await compareDocOf(props.entry)), { headers: { 'Content-Type': 'application/json' } });
