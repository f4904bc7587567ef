/**
 * What a notice's domain (领域) stands for on the site: the taxonomy entry (content/domains) whose
 * id ingest wrote as its `canonical`, else its bare name.
 */
import type { DomainEntry, DomainTaxonomy } from '../../compare/types.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { domainLabel } from '../../text/domain-label.ts';

/** The domain a name stands for: a canonical entry, or a name the taxonomy does not hold. */
export interface DomainRef {
	/** The taxonomy id (`high-tech`), else `~` and the bare name (`~长三角一体化`). */
	key: string;
	/** The canonical name (`高新技术`), else the bare name as written (`长三角一体化`). */
	name: string;
	/** The taxonomy entry, null for a name not in the taxonomy. */
	entry: DomainEntry | null;
}

/**
 * The domain a record's domain stands for. A joined name (科技创新领域、制造业领域) stands for the
 * one field ingest matched first.
 * @param domain A domain of a record.
 * @param taxonomy The canonical domains.
 * @example domainRef({ name: '高技术领域', focus: [], canonical: 'high-tech' }, taxonomy).name // '高新技术'
 * @example domainRef({ name: '长三角一体化领域', focus: [], canonical: null }, taxonomy).key // '~长三角一体化'
 */
export function domainRef(domain: NoticeRecord['domains'][number], taxonomy: DomainTaxonomy): DomainRef {
	const entry = taxonomy.find((e) => e.id === domain.canonical);
	if (entry !== undefined) return { key: entry.id, name: entry.name, entry };
	const label = domainLabel(domain.name);
	return { key: `~${label}`, name: label, entry: null };
}
