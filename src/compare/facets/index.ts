/**
 * The facet part of comparing two notices: each structured field of the records compared on its
 * own terms (programmes by their core, domains by canonical id, deadlines by kind, caps by what they
 * count…).
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import type { DiffOptions, DomainTaxonomy, FacetComparison } from '../types.ts';
import { compareAttachments } from './attachments.ts';
import { compareConditions } from './conditions.ts';
import { compareContacts } from './contacts.ts';
import { compareDeadlines } from './deadlines.ts';
import { compareDomains } from './domains.ts';
import { comparePeriod } from './period.ts';
import { compareProgrammes } from './programmes.ts';
import { compareQuotas } from './quotas.ts';

/**
 * Compare every facet of two records; side `a` is the older or reference notice.
 * @param a The reference record.
 * @param b The newer or local record.
 * @param taxonomy The canonical domains (readTaxonomy('content/domains') in Node).
 * @param options `timeout` for each word diff of a condition or attachment.
 * @example compareFacets(national2023, national2026, taxonomy).deadlines.find((d) => d.status === 'changed')?.days
 */
export function compareFacets(
	a: NoticeRecord,
	b: NoticeRecord,
	taxonomy: DomainTaxonomy,
	options: DiffOptions = {},
): FacetComparison {
	return {
		programmes: compareProgrammes(a.programmes, b.programmes),
		domains: compareDomains(a.domains, b.domains, taxonomy),
		quotas: compareQuotas(a.quotas, b.quotas, taxonomy),
		deadlines: compareDeadlines(a.deadlines, b.deadlines),
		conditions: compareConditions(a.conditions, b.conditions, options),
		contacts: compareContacts(a.contacts, b.contacts),
		attachments: compareAttachments(a.attachments, b.attachments, options),
		period: comparePeriod(a.period, b.period),
	};
}
