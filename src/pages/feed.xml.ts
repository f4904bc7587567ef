/**
 * /feed.xml: every notice as an RSS feed, newest first (src/lib/exports/notice-feed.ts).
 */
import type { APIRoute } from 'astro';
import { t } from '../i18n/t.ts';
import { loadNotices } from '../lib/notices/load-notices.ts';
import { noticeFeed } from '../lib/exports/notice-feed.ts';
import { siteUrl } from '../lib/build/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
	const records = (await loadNotices()).map((entry) => entry.data);
	return noticeFeed(records, { title: t('feed.title'), description: t('feed.description'), site: siteUrl(site) });
};
