/**
 * When a lower notice restates a fact of the call it forwards, per facet: then its own wording
 * stands and the call's is not carried down. What it does not restate, it leaves as the call has it.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { CONDITION_THRESHOLD } from '../facets/conditions.ts';
import { similarity } from '../similarity.ts';
import { domainKey } from '../facets/domain-units.ts';
import { focusKey } from '../taxonomy.ts';
import type { DomainTaxonomy } from '../types.ts';

type Domain = NoticeRecord['domains'][number];

/**
 * The key a domain is restated on: the key the comparison pairs domains on, its canonical id (as
 * ingest wrote it), else its bare name (农业农村领域 and 农业农村 are one domain).
 * @param domain A domain of a record.
 * @example domainIdentity({ name: '司法行政领域专项', focus: [], canonical: null }) // '~司法行政'
 */
export function domainIdentity(domain: Domain): string {
	return domainKey(domain);
}

/**
 * The focus items of the call's domain that the lower notice's domain does not name.
 * @param own The lower notice's domain.
 * @param upper The call's domain it restates.
 * @param taxonomy The canonical domains.
 * @example focusNotRestated({ name: '服务业', focus: ['家政服务'] }, { name: '服务业领域', focus: ['养老家政', '文化旅游'] }, taxonomy)
 * // ['文化旅游']
 */
export function focusNotRestated(own: Domain, upper: Domain, taxonomy: DomainTaxonomy): string[] {
	const entry = taxonomy.find((e) => e.id === domainIdentity(own));
	const named = new Set(own.focus.map((item) => focusKey(item, entry)));
	return upper.focus.filter((item) => !named.has(focusKey(item, entry)));
}

// 按照国家标准委要求，试点项目承担单位应具备… restates 试点项目承担单位应具备…: a lead-in does not make
// it another requirement, so the shorter text inside the longer one counts as well as likeness.
const bare = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, '');

/**
 * True when `own` states the requirement `upper` states, reworded or not.
 * @param own A condition of the lower notice.
 * @param upper A condition of the call.
 * @example restatesCondition('按照要求，承担单位应具备独立法人资格。', '承担单位应具备独立法人资格。') // true
 */
export function restatesCondition(own: string, upper: string): boolean {
	const [a, b] = [bare(own), bare(upper)];
	if (a === '' || b === '') return a === b;
	return a.includes(b) || b.includes(a) || similarity(own, upper) >= CONDITION_THRESHOLD;
}

/**
 * True when two programme names are one programme (spacing and book-title marks aside).
 * @example sameProgramme('国家标准化试点项目', '《国家标准化试点项目》') // true
 */
export function sameProgramme(a: string, b: string): boolean {
	return bare(a) === bare(b);
}
