/**
 * Pairing two notices' domains (领域) by the taxonomy id ingest wrote (`canonical`): 高技术领域 and
 * 科技创新领域 meet as `high-tech`. A name the taxonomy does not hold meets its own bare name
 * (长三角一体化 and 长三角一体化领域).
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { domainLabel } from '../../text/domain-label.ts';
import { pairWhere } from './pair.ts';

type Domain = NoticeRecord['domains'][number];

/** A pair of domains and the key they met on (a taxonomy id, or `~` and the bare name). */
export interface DomainEdge {
	a: number;
	b: number;
	key: string;
}

/**
 * The key a domain meets the other notice's domains on.
 * @param domain A domain of a record.
 * @example domainKey({ name: '高技术领域', focus: [], canonical: 'high-tech' }) // 'high-tech'
 * @example domainKey({ name: '长三角一体化领域', focus: [], canonical: null }) // '~长三角一体化'
 */
export function domainKey(domain: Domain): string {
	return domain.canonical ?? `~${domainLabel(domain.name)}`;
}

/**
 * The pairs of domains that share a key, one to one, in `b`'s order.
 * @param a The domains of `a`.
 * @param b The domains of `b`.
 * @example pairDomains([highTech], [consumerGoods, highTech2]) // [{ a: 0, b: 1, key: 'high-tech' }]
 */
export function pairDomains(a: readonly Domain[], b: readonly Domain[]): DomainEdge[] {
	const { edges } = pairWhere(a, b, (x, y) => domainKey(x) === domainKey(y));
	return edges.map(([i, j]) => ({ a: i, b: j, key: domainKey(b[j]!) }));
}
