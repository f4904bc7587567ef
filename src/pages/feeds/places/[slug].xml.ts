/**
 * /feeds/places/<slug>.xml: one place's notices and those of the places below it, as RSS.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/t.ts';
import { propsKey, recordKey } from '../../../lib/build/cache-key.ts';
import { groupByJurisdiction } from '../../../lib/notices/group-notices.ts';
import { loadRecords } from '../../../lib/notices/load-records.ts';
import { noticeFeed } from '../../../lib/exports/notice-feed.ts';
import { placeNotices } from '../../../lib/places/place-notices.ts';
import { siteUrl } from '../../../lib/build/site-url.ts';
import type { NoticeRecord } from '../../../schemas/notice.ts';

export const getStaticPaths = (async () => {
	// The shared list: each place's notices are then indexed once for the three place routes (placeNotices).
	const records = await loadRecords();
	return groupByJurisdiction(records).map((group) => {
		const props = { place: group.label, records: placeNotices(group, records) };
		// Records, not entries: a feed shows no body, so an edit to a notice's text keeps it.
		return { params: { slug: group.slug }, props, cacheKey: propsKey(props.place, props.records.map(recordKey)) };
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ place: string; records: NoticeRecord[] }> = ({ props, site }) => {
	const title = t('feed.placeTitle', { place: props.place });
	return noticeFeed(props.records, { title, description: title, site: siteUrl(site) });
};
