/**
 * Notices as an RSS 2.0 feed (@astrojs/rss), so staff hear of a new notice without coming back to
 * look (issue 15). One item per notice, newest first: its title, link, issue date, and a
 * description naming the issuer and the main deadline. Nothing depends on the build date.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { t } from '../../i18n/t.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { formatMainDeadline, mainDeadline } from '../deadlines/main-deadline.ts';
import { noticeHeading } from '../notices/notice-heading.ts';
import { noticePath } from '../../format/paths.ts';
import { compareNotices } from '../notices/sort-notices.ts';

/** What a feed is called and says of itself. */
export interface FeedOptions {
	title: string;
	description: string;
	/** The deployed site: feed links must be absolute. */
	site: URL;
}

// Each record's item, made once: a notice is in its place's feed, in those of the places above it
// and in the site's. rss() reads the items and does not change them.
const items = new WeakMap<NoticeRecord, RSSFeedItem>();

/**
 * The feed item of one notice.
 * @param notice A record.
 * @example feedItem(national2026).description // '发文机关：国家标准化管理委员会。截止日期：2026年6月30日。'
 */
export function feedItem(notice: NoticeRecord): RSSFeedItem {
	const main = mainDeadline(notice.deadlines);
	const issuers = notice.issuers.length === 0 ? t('card.empty') : notice.issuers.join('、');
	const deadline = main === null ? t('card.empty') : formatMainDeadline(main);
	return {
		title: noticeHeading(notice),
		link: noticePath(notice.id),
		// Undated notices fall back to 1 January of their year, as the calendars' DTSTAMP does.
		pubDate: new Date(`${notice.issuedOn ?? `${notice.year}-01-01`}T00:00:00+08:00`),
		description: t('feed.item', { issuers, deadline }),
		categories: [notice.jurisdiction.name, String(notice.year)],
	};
}

/**
 * An RSS file of these notices, newest first.
 * @param records The notices it holds.
 * @param options Its title, description and the site's address.
 */
export async function noticeFeed(records: readonly NoticeRecord[], options: FeedOptions): Promise<Response> {
	return rss({
		title: options.title,
		description: options.description,
		site: options.site,
		items: [...records].sort(compareNotices).map(knownItem),
		customData: '<language>zh-CN</language>',
		trailingSlash: true,
	});
}

function knownItem(notice: NoticeRecord): RSSFeedItem {
	let item = items.get(notice);
	if (item === undefined) {
		item = feedItem(notice);
		items.set(notice, item);
	}
	return item;
}
