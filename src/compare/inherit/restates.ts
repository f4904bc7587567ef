/**
 * When a lower notice restates a fact of the call it forwards, per facet: then its own wording
 * stands and the call's is not carried down. What it does not restate, it leaves as the call has it.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { CONDITION_THRESHOLD } from '../facets/conditions.ts';
import { similarity } from '../similarity.ts';
import { domainFields } from '../facets/domain-units.ts';
import { entriesOf, focusKey } from '../taxonomy.ts';
import type { DomainTaxonomy } from '../types.ts';

type Domain = NoticeRecord['domains'][number];

/**
 * True when the lower notice's domains name every field of the call's domain, in one item or
 * several: 高新技术 and 制造业 restate 科技创新领域、制造业领域, and the joined item restates both.
 * @param own The lower notice's domains.
 * @param upper A domain of the call.
 * @example restatesDomain([highTech, manufacturing], highTechAndManufacturing) // true
 */
export function restatesDomain(own: readonly Domain[], upper: Domain): boolean {
	const named = new Set(own.flatMap(domainFields));
	return domainFields(upper).every((field) => named.has(field));
}

/**
 * True when the lower notice's domain holds the call's: the call's names no field the lower one
 * does not (a joined lower item holds each of the call's separate items).
 * @param own A domain of the lower notice.
 * @param upper A domain of the call.
 * @example holdsDomain(highTechAndManufacturing, manufacturing) // true
 */
export function holdsDomain(own: Domain, upper: Domain): boolean {
	return restatesDomain([own], upper);
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
	const entries = entriesOf(own.canonical, taxonomy);
	const named = new Set(own.focus.map((item) => focusKey(item, entries)));
	return upper.focus.filter((item) => !named.has(focusKey(item, entries)));
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
