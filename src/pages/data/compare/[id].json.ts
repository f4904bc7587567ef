/**
 * /data/compare/<id>.json under `astro dev`: one notice as the compare picker reads it (record, the
 * text blocks ingest wrote, and its effective facts, so the picker compares what a notice carries
 * from the call it forwards), handed to its Web Worker as is. A build writes these files from packs
 * (src/pages/notice-files/[shard].pack.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTaxonomy } from '../../../lib/domains/load-taxonomy.ts';
import { compareJson, filesInputs, type NoticeFilesInput } from '../../../lib/exports/notice-files.ts';
import { loadNotices } from '../../../lib/notices/load-notices.ts';

export const getStaticPaths = (async () => {
	if (import.meta.env.SITE_BUILD) return [];
	const entries = await loadNotices();
	const inputs = filesInputs(entries, entries.map((entry) => entry.data), await loadTaxonomy());
	return inputs.map((input) => ({ params: { id: input.entry.data.id }, props: input }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<NoticeFilesInput> = async ({ props }) =>
	new Response(compareJson(props.entry, props.facts), { headers: { 'Content-Type': 'application/json' } });
