/**
 * /data/notices/<id>.json under `astro dev`: one notice record, exactly as in /data/notices.json
 * (open data; not the compare picker's /data/compare/<id>.json, which adds the text). A build
 * writes these files from packs (src/pages/notice-files/[shard].pack.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { recordJson } from '../../../lib/exports/notice-files.ts';
import { dataResponse } from '../../../lib/exports/open-data.ts';
import { loadRecords } from '../../../lib/notices/load-records.ts';
import type { NoticeRecord } from '../../../schemas/notice.ts';

export const getStaticPaths = (async () =>
	!import.meta.env.SITE_BUILD ? (await loadRecords()).map((record) => ({ params: { id: record.id }, props: { record } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: NoticeRecord }> = ({ props }) => dataResponse(recordJson(props.record), 'application/json');
