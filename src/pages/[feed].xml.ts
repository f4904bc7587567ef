/**
 * /feed.xml: every notice as an RSS feed, newest first (src/lib/exports/notice-feed.ts). A route
 * with one path, keyed on the records (onePath), so a rebuild reuses it while they are unchanged.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../i18n/t.ts';
import { onePath } from '../lib/build/cache-key.ts';
import { loadRecords } from '../lib/notices/load-records.ts';
import { noticeFeed } from '../lib/exports/notice-feed.ts';
import { siteUrl } from '../lib/build/site-url.ts';
import type { NoticeRecord } from '../schemas/notice.ts';

export const getStaticPaths = (async () => onePath('feed', { records: await loadRecords() })) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: NoticeRecord[] }> = ({ props, site }) =>
	noticeFeed(props.records, { title: t('feed.title'), description: t('feed.description'), site: siteUrl(site) });
