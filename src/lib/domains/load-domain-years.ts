/**
 * Every domain with its years (domain-year-pages.ts), as the domain pages build them.
 */
import { groupByDomain, type DomainGroup } from './domain-groups.ts';
import { domainYearsOf, type DomainYear } from './domain-year-pages.ts';
import { domainYears } from './domain-years.ts';
import { loadNotices } from '../notices/load-notices.ts';
import { loadTaxonomy } from './load-taxonomy.ts';
import { DOMAIN_PAGE_MENTIONS } from '../listing/page-sizes.ts';

let built: Promise<{ group: DomainGroup; years: DomainYear[] }[]> | undefined;

/** Each domain group and its years, newest first. */
export function loadDomainYears(): Promise<{ group: DomainGroup; years: DomainYear[] }[]> {
	// Once per build, as loadRecords: /domains/<slug>/ and its year pages group the same notices
	// (0.4 s each at 3,000 sources, measured). `astro dev` sees notices change, so groups them again.
	if (!import.meta.env.SITE_BUILD) return fresh();
	built ??= fresh();
	return built;
}

async function fresh(): Promise<{ group: DomainGroup; years: DomainYear[] }[]> {
	const records = (await loadNotices()).map((entry) => entry.data);
	const taxonomy = await loadTaxonomy();
	const table = domainYears(records, taxonomy);
	return groupByDomain(records, taxonomy).map((group) => ({
		group,
		years: domainYearsOf(group, table, DOMAIN_PAGE_MENTIONS),
	}));
}
