/**
 * The domains (领域) facet: domains matched through the taxonomy (高技术 meets 高新技术), their focus
 * items (重点方向) matched within the domain (家政服务 meets 养老家政).
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { focusKey } from '../taxonomy.ts';
import type { DomainChange, DomainEntry, DomainTaxonomy } from '../types.ts';
import { domainKeys, pairDomains } from './domain-units.ts';
import { inBOrder } from './in-b-order.ts';

type Domain = NoticeRecord['domains'][number];

/**
 * Compare two notices' domains. A domain present on both sides is `kept` when its focus items
 * meet one for one, whatever the wording, and `changed` when items were added or dropped.
 * @param a The domains of `a`.
 * @param b The domains of `b`.
 * @param taxonomy The canonical domains.
 * @example compareDomains([{ name: '高技术领域', focus: [] }], [{ name: '高新技术', focus: ['机器人'] }], taxonomy)[0]?.focus
 * // { added: ['机器人'], removed: [], kept: [] }
 */
export function compareDomains(
	a: readonly Domain[],
	b: readonly Domain[],
	taxonomy: DomainTaxonomy,
): DomainChange[] {
	const edges = pairDomains(a.map((d) => d.name), b.map((d) => d.name), taxonomy);
	const entryOf = (key: string | undefined) => taxonomy.find((entry) => entry.id === key);
	const partnersOfA = (i: number) => edges.filter((e) => e.a === i).map((e) => b[e.b]?.focus ?? []);
	const partnersOfB = (j: number) => edges.filter((e) => e.b === j).map((e) => a[e.a]?.focus ?? []);
	const seenA = new Set<number>();
	const seenB = new Set<number>();
	return inBOrder(a, b, edges.map((e) => [e.a, e.b])).map(({ kind, i, j, x, y }) => {
		if (kind === 'added') return oneSided(kind, x, y, y, taxonomy);
		if (kind === 'removed') return oneSided(kind, x, y, x, taxonomy);
		const entry = entryOf(edges.find((e) => e.a === i && e.b === j)?.key);
		// A joined domain meets several: its dropped items are told once, on its first row.
		const removed = seenA.has(i) ? [] : filterFocus(x.focus, partnersOfA(i).flat(), entry, false);
		const added = seenB.has(j) ? [] : filterFocus(y.focus, partnersOfB(j).flat(), entry, false);
		const kept = filterFocus(y.focus, x.focus, entry, true);
		seenA.add(i);
		seenB.add(j);
		const status = added.length + removed.length === 0 ? 'kept' : 'changed';
		const focus = { added, removed, kept };
		return { status, a: x, b: y, substantive: status === 'changed', canonical: canonicalOf(entry), focus };
	});
}

/** The items whose focus key one of `others` shares (`shared` true) or none does (false). */
function filterFocus(
	items: readonly string[],
	others: readonly string[],
	entry: DomainEntry | undefined,
	shared: boolean,
): string[] {
	const keys = new Set(others.map((item) => focusKey(item, entry)));
	return items.filter((item) => keys.has(focusKey(item, entry)) === shared);
}

/** A domain on one side only, all its focus items added or removed with it. */
function oneSided(
	status: 'added' | 'removed',
	a: Domain | null,
	b: Domain | null,
	domain: Domain,
	taxonomy: DomainTaxonomy,
): DomainChange {
	const key = domainKeys(domain.name, taxonomy)[0];
	const canonical = canonicalOf(taxonomy.find((entry) => entry.id === key));
	const focus =
		status === 'added'
			? { added: domain.focus, removed: [], kept: [] }
			: { added: [], removed: domain.focus, kept: [] };
	return { status, a, b, substantive: true, canonical, focus };
}

function canonicalOf(entry: DomainEntry | undefined): DomainChange['canonical'] {
	return entry === undefined ? null : { id: entry.id, name: entry.name };
}
