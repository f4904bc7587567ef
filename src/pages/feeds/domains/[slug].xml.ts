/**
 * /feeds/domains/<slug>.xml: the notices naming one domain (as its page groups them), as RSS.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/t.ts';
import { propsKey, recordKey } from '../../../lib/build/cache-key.ts';
import { groupByDomain } from '../../../lib/domains/domain-groups.ts';
import { loadNotices } from '../../../lib/notices/load-notices.ts';
import { loadTaxonomy } from '../../../lib/domains/load-taxonomy.ts';
import { noticeFeed } from '../../../lib/exports/notice-feed.ts';
import { siteUrl } from '../../../lib/build/site-url.ts';
import type { NoticeRecord } from '../../../schemas/notice.ts';

export const getStaticPaths = (async () => {
	const records = (await loadNotices()).map((entry) => entry.data);
	return groupByDomain(records, await loadTaxonomy()).map((group) => {
		// A notice naming the domain twice (two joined names) is one item.
		const props = { domain: group.name, records: [...new Set(group.mentions.map((mention) => mention.notice))] };
		// Records, not entries: a feed shows no body, so an edit to a notice's text keeps it.
		return { params: { slug: group.slug }, props, cacheKey: propsKey(props.domain, props.records.map(recordKey)) };
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ domain: string; records: NoticeRecord[] }> = ({ props, site }) => {
	const title = t('feed.domainTitle', { domain: props.domain });
	return noticeFeed(props.records, { title, description: title, site: siteUrl(site) });
};
