/**
 * Pairing two notices' domains (领域) through the taxonomy. A numbered item may name two fields
 * (科技创新领域、制造业领域), so each domain is split into units, one per canonical domain it names,
 * and units pair one to one by key: a joined domain can then meet two domains of the other notice.
 */
import { domainKey } from '../taxonomy.ts';
import type { DomainTaxonomy } from '../types.ts';
import { pairWhere } from './pair.ts';

/** A pair of domains and the key they met on (a taxonomy id, or `~` and the bare name). */
export interface DomainEdge {
	a: number;
	b: number;
	key: string;
}

// The separators matchDomains splits a joined name on.
const JOINED = /[、，,/]/u;

/**
 * The keys a domain name stands for, one per named field, in the order written.
 * @param name A domain name as the notice writes it.
 * @param taxonomy The canonical domains.
 * @example domainKeys('生态绿色领域、长三角一体化领域', taxonomy) // ['ecology', '~长三角一体化']
 */
export function domainKeys(name: string, taxonomy: DomainTaxonomy): string[] {
	const keys = name.split(JOINED).filter((part) => part.trim() !== '').map((part) => domainKey(part, taxonomy));
	return [...new Set(keys)];
}

/**
 * The pairs of domains that share a canonical domain, one edge per pair of domains.
 * @param a Domain names of `a`.
 * @param b Domain names of `b`.
 * @param taxonomy The canonical domains.
 * @example pairDomains(['高技术领域'], ['消费品', '高新技术'], taxonomy) // [{ a: 0, b: 1, key: 'high-tech' }]
 */
export function pairDomains(a: readonly string[], b: readonly string[], taxonomy: DomainTaxonomy): DomainEdge[] {
	const units = (names: readonly string[]) =>
		names.flatMap((name, index) => domainKeys(name, taxonomy).map((key) => ({ index, key })));
	const unitsA = units(a);
	const unitsB = units(b);
	const { edges } = pairWhere(unitsA, unitsB, (x, y) => x.key === y.key);
	const found: DomainEdge[] = [];
	for (const [i, j] of edges) {
		const x = unitsA[i];
		const y = unitsB[j];
		if (x === undefined || y === undefined) continue;
		if (!found.some((e) => e.a === x.index && e.b === y.index)) found.push({ a: x.index, b: y.index, key: x.key });
	}
	return found;
}
