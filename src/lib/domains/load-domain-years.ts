/**
 * Every domain with its years (domain-year-pages.ts), as the domain pages build them.
 */
import { groupByDomain, type DomainGroup } from './domain-groups.ts';
import { domainYearsOf, type DomainYear } from './domain-year-pages.ts';
import { domainYears } from './domain-years.ts';
import { loadNotices } from '../notices/load-notices.ts';
import { loadTaxonomy } from './load-taxonomy.ts';
import { DOMAIN_PAGE_MENTIONS } from '../listing/page-sizes.ts';

/** Each domain group and its years, newest first. */
export async function loadDomainYears(): Promise<{ group: DomainGroup; years: DomainYear[] }[]> {
	const records = (await loadNotices()).map((entry) => entry.data);
	const taxonomy = await loadTaxonomy();
	const table = domainYears(records, taxonomy);
	return groupByDomain(records, taxonomy).map((group) => ({
		group,
		years: domainYearsOf(group, table, DOMAIN_PAGE_MENTIONS),
	}));
}
