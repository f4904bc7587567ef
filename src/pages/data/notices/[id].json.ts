/**
 * /data/notices/<id>.json: one notice record, exactly as in /data/notices.json (open data; not
 * the compare picker's /data/compare/<id>.json, which adds the text).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { propsKey } from '../../../lib/build/cache-key.ts';
import { loadNotices } from '../../../lib/notices/load-notices.ts';
import { dataResponse, formatJson } from '../../../lib/exports/open-data.ts';
import type { NoticeRecord } from '../../../schemas/notice.ts';

export const getStaticPaths = (async () => {
	const entries = await loadNotices();
	return entries.map(({ data }) => ({ params: { id: data.id }, props: { record: data }, cacheKey: propsKey({ record: data }) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: NoticeRecord }> = ({ props }) =>
	dataResponse(formatJson(props.record), 'application/json');
