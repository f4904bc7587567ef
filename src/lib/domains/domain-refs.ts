/**
 * What a notice's domain (领域) stands for on the site: the taxonomy entries (content/domains)
 * whose ids ingest wrote as its `canonical`, else its bare name.
 */
import { entriesOf } from '../../compare/taxonomy.ts';
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
 * The domains a record's domain stands for: one per taxonomy id ingest wrote, in its order, so a
 * joined name (科技创新领域、制造业领域) stands for both fields, then one per field no taxonomy entry
 * matches (`others`: 长三角一体化 of 生态绿色领域、长三角一体化领域); else its bare name.
 * @param domain A domain of a record.
 * @param taxonomy The canonical domains.
 * @example domainRefs({ name: '科技创新领域、制造业领域', focus: [], canonical: ['high-tech', 'manufacturing'] }, taxonomy).map((r) => r.name) // ['高新技术', '制造业']
 * @example domainRefs({ name: '长三角一体化领域', focus: [], canonical: [] }, taxonomy)[0]?.key // '~长三角一体化'
 */
export function domainRefs(domain: NoticeRecord['domains'][number], taxonomy: DomainTaxonomy): DomainRef[] {
	const refs: DomainRef[] = [
		...entriesOf(domain.canonical, taxonomy).map((entry) => ({ key: entry.id, name: entry.name, entry })),
		...(domain.others ?? []).map((other) => ({ key: `~${other}`, name: other, entry: null })),
	];
	if (refs.length > 0) return refs;
	const label = domainLabel(domain.name);
	return [{ key: `~${label}`, name: label, entry: null }];
}
