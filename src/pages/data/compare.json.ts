/**
 * /data/compare.json: every notice the compare picker offers, as [id, label] in pair order (older
 * and higher level first). The picker fetches it when it starts, so the picker page itself stays
 * the same size whatever the number of notices (12,477 options were 230 kB gzipped in its HTML).
 */
import type { APIRoute } from 'astro';
import { pairOrder } from '../../lib/compare/compare-pairs.ts';
import { loadNotices } from '../../lib/notices/load-notices.ts';
import { noticeLabel } from '../../lib/notices/notice-heading.ts';

export const GET: APIRoute = async () => {
	const records = (await loadNotices()).map((entry) => entry.data).sort(pairOrder);
	const options = records.map((r) => [r.id, noticeLabel(r)]);
	return new Response(JSON.stringify(options), { headers: { 'Content-Type': 'application/json' } });
};
