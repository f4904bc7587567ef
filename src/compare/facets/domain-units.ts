/**
 * Pairing two notices' domains (领域) by the taxonomy ids ingest wrote (`canonical`): 高技术领域 and
 * 科技创新领域 meet as `high-tech`. A name the taxonomy does not hold meets its own bare name
 * (长三角一体化 and 长三角一体化领域). An item that joins two fields (科技创新领域、制造业领域) is
 * the same unit as an item naming the same fields; where the other notice lists them as separate
 * items (高新技术, 制造业), it meets each of them, so neither field reads as dropped or new.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { domainLabel } from '../../text/domain-label.ts';
import { pairWhere } from './pair.ts';

type Domain = NoticeRecord['domains'][number];

/** A pair of domains and the fields they met on (taxonomy ids, or `~` and the bare name). */
export interface DomainEdge {
	a: number;
	b: number;
	fields: string[];
}

/**
 * The fields a domain names: its taxonomy ids in the order written, then the fields no entry
 * matches after `~` (生态绿色领域、长三角一体化领域: `ecology`, `~长三角一体化`); else its bare name.
 * @param domain A domain of a record.
 * @example domainFields({ name: '科技创新领域、制造业领域', focus: [], canonical: ['high-tech', 'manufacturing'] }) // ['high-tech', 'manufacturing']
 * @example domainFields({ name: '长三角一体化领域', focus: [], canonical: [] }) // ['~长三角一体化']
 */
export function domainFields(domain: Domain): string[] {
	const fields = [...domain.canonical, ...(domain.others ?? []).map((other) => `~${other}`)];
	return fields.length > 0 ? fields : [`~${domainLabel(domain.name)}`];
}

/**
 * The key a domain is one unit on: its fields as a set, so the order a joined name gives them in
 * does not matter.
 * @param domain A domain of a record.
 * @example domainKey({ name: '高技术领域', focus: [], canonical: ['high-tech'] }) // 'high-tech'
 * @example domainKey({ name: '制造业领域、科技创新领域', focus: [], canonical: ['manufacturing', 'high-tech'] }) // 'high-tech+manufacturing'
 */
export function domainKey(domain: Domain): string {
	return [...domainFields(domain)].sort().join('+');
}

/**
 * The pairs of domains, in two passes: first items naming the same fields, one to one; then what
 * is left field by field, so a joined item meets each item of the other notice that names one of
 * its fields (one edge per pair of items, with the fields they share).
 * @param a The domains of `a`.
 * @param b The domains of `b`.
 * @example pairDomains([highTechAndManufacturing], [highTech, manufacturing]).map((e) => e.b) // [0, 1]
 */
export function pairDomains(a: readonly Domain[], b: readonly Domain[]): DomainEdge[] {
	const same = pairWhere(a, b, (x, y) => domainKey(x) === domainKey(y));
	const found: DomainEdge[] = same.edges.map(([i, j]) => ({ a: i, b: j, fields: [...domainFields(b[j]!)] }));
	const units = (list: readonly Domain[], used: ReadonlySet<number>) =>
		list.flatMap((domain, index) => (used.has(index) ? [] : domainFields(domain).map((field) => ({ index, field }))));
	const [unitsA, unitsB] = [units(a, same.usedA), units(b, same.usedB)];
	for (const [i, j] of pairWhere(unitsA, unitsB, (x, y) => x.field === y.field).edges) {
		const [x, y] = [unitsA[i]!, unitsB[j]!];
		const edge = found.find((e) => e.a === x.index && e.b === y.index);
		if (edge === undefined) found.push({ a: x.index, b: y.index, fields: [y.field] });
		else edge.fields.push(y.field);
	}
	return found;
}
