/**
 * What search filters a notice by: its place, level, year, canonical domains and main deadline.
 */
import type { DomainTaxonomy } from '../../compare/types.ts';
import { domainRefs } from '../domains/domain-refs.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { isMonthDay } from '../../format/format-date.ts';
import { levelLabel } from '../../format/level-label.ts';
import { mainDeadline } from '../deadlines/main-deadline.ts';
import { placeLabel } from '../places/place-key.ts';

/** A notice's filter values as the search page shows them. */
export interface SearchFacets {
	region: string;
	level: string;
	year: string;
	/** Canonical domain names (taxonomy), else the name without its 领域 suffix; each once. */
	domains: string[];
	/** The main deadline when it is a calendar date (a yearly one does not close a call). */
	deadline: string | null;
	/** True when that date binds the recommending bureaus only (shown as 推荐截止). */
	forRecommenders: boolean;
	issued: string | null;
}

/**
 * The search facets of a notice.
 * @param notice A record.
 * @param taxonomy The domain taxonomy (content/domains).
 * @example searchFacets(liaoning2026, taxonomy).domains // ['农业农村', '消费品', …]
 */
export function searchFacets(notice: NoticeRecord, taxonomy: DomainTaxonomy): SearchFacets {
	const domains = new Set<string>();
	for (const domain of notice.domains) for (const ref of domainRefs(domain, taxonomy)) domains.add(ref.name);
	const main = mainDeadline(notice.deadlines);
	const deadline = main?.deadline.date ?? null;
	return {
		// With its parent, so the filter never merges 天津市和平区 and 沈阳市和平区.
		region: placeLabel(notice.jurisdiction),
		level: levelLabel(notice.jurisdiction.level),
		year: String(notice.year),
		domains: [...domains],
		deadline: deadline === null || isMonthDay(deadline) ? null : deadline,
		forRecommenders: main?.forRecommenders ?? false,
		issued: notice.issuedOn,
	};
}
