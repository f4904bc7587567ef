/**
 * One shard's per-notice files (/data/notices/<id>.json, /data/compare/<id>.json,
 * /calendars/<id>.ics) as one pack, which keep-outputs writes out and removes at the end of the
 * build: two pages of Astro's work per shard instead of three per notice (src/lib/build/file-pack.ts).
 * `astro dev` serves each file from its own route instead and renders no pack.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { packBytes, shardOf } from '../../lib/build/file-pack.ts';
import { propsKey } from '../../lib/build/cache-key.ts';
import { blocksKey, saveBlocksKeys } from '../../lib/compare/compare-docs.ts';
import { loadTaxonomy } from '../../lib/domains/load-taxonomy.ts';
import { filesInputs, noticeFiles, type NoticeFilesInput } from '../../lib/exports/notice-files.ts';
import { loadNotices } from '../../lib/notices/load-notices.ts';
import { loadRecords } from '../../lib/notices/load-records.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';

export const getStaticPaths = (async () => {
	if (!import.meta.env.SITE_BUILD) return [];
	const [entries, all, taxonomy] = await Promise.all([loadNotices(), loadRecords(), loadTaxonomy()]);
	const shards = new Map<string, NoticeFilesInput[]>();
	for (const input of filesInputs(entries, all, taxonomy)) {
		const shard = shardOf(input.entry.data.id);
		shards.set(shard, [...(shards.get(shard) ?? []), input]);
	}
	const paths = [...shards].map(([shard, notices]) => ({
		params: { shard },
		props: { notices, all },
		// A calendar reads the others only through the carried 建设周期, which is in the facts; the
		// compare files read each notice's blocks file too.
		cacheKey: propsKey(notices, notices.map((input) => blocksKey(input.entry))),
	}));
	saveBlocksKeys();
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ notices: NoticeFilesInput[]; all: NoticeRecord[] }> = async ({ props, site }) =>
	new Response(packBytes(await noticeFiles(props.notices, props.all, site)), { headers: { 'Content-Type': 'application/octet-stream' } });
