/**
 * The domains (领域) facet: domains matched by the taxonomy id ingest wrote (高技术 meets 高新技术),
 * their focus items (重点方向) matched within the domain through the taxonomy's focus aliases
 * (家政服务 meets 养老家政).
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { entriesOf, focusKey } from '../taxonomy.ts';
import type { DomainChange, DomainEntry, DomainTaxonomy } from '../types.ts';
import { pairDomains } from './domain-units.ts';
import { inBOrder } from './in-b-order.ts';

type Domain = NoticeRecord['domains'][number];

/**
 * Compare two notices' domains. A domain present on both sides is `kept` when its focus items
 * meet one for one, whatever the wording, and `changed` when items were added or dropped. A joined
 * item met by two items of the other side gives a row per pair, its focus items compared with
 * both partners' together.
 * @param a The domains of `a`.
 * @param b The domains of `b`.
 * @param taxonomy The canonical domains, for their names and focus aliases.
 * @example compareDomains([{ name: '高技术领域', focus: [], canonical: ['high-tech'] }], [{ name: '高新技术', focus: ['机器人'], canonical: ['high-tech'] }], taxonomy)[0]?.focus
 * // { added: ['机器人'], removed: [], kept: [] }
 */
export function compareDomains(
	a: readonly Domain[],
	b: readonly Domain[],
	taxonomy: DomainTaxonomy,
): DomainChange[] {
	const edges = pairDomains(a, b);
	const partnersOfA = (i: number) => edges.filter((e) => e.a === i).flatMap((e) => b[e.b]?.focus ?? []);
	const partnersOfB = (j: number) => edges.filter((e) => e.b === j).flatMap((e) => a[e.a]?.focus ?? []);
	const seenA = new Set<number>();
	const seenB = new Set<number>();
	return inBOrder(a, b, edges.map((e) => [e.a, e.b])).map(({ kind, i, j, x, y }) => {
		if (kind === 'added') return oneSided(kind, x, y, y, entriesOf(y.canonical, taxonomy));
		if (kind === 'removed') return oneSided(kind, x, y, x, entriesOf(x.canonical, taxonomy));
		const fields = edges.find((e) => e.a === i && e.b === j)?.fields ?? [];
		const entries = entriesOf([...new Set([...x.canonical, ...y.canonical])], taxonomy);
		// A joined domain meets several: its dropped items are told once, on its first row.
		const removed = seenA.has(i) ? [] : filterFocus(x.focus, partnersOfA(i), entries, false);
		const added = seenB.has(j) ? [] : filterFocus(y.focus, partnersOfB(j), entries, false);
		const kept = filterFocus(y.focus, x.focus, entries, true);
		seenA.add(i);
		seenB.add(j);
		const status = added.length + removed.length === 0 ? 'kept' : 'changed';
		const focus = { added, removed, kept };
		return { status, a: x, b: y, substantive: status === 'changed', canonical: canonicalOf(entriesOf(fields, taxonomy)), focus };
	});
}

/** The items whose focus key one of `others` shares (`shared` true) or none does (false). */
function filterFocus(
	items: readonly string[],
	others: readonly string[],
	entries: readonly DomainEntry[],
	shared: boolean,
): string[] {
	const keys = new Set(others.map((item) => focusKey(item, entries)));
	return items.filter((item) => keys.has(focusKey(item, entries)) === shared);
}

/** A domain on one side only, all its focus items added or removed with it. */
function oneSided(
	status: 'added' | 'removed',
	a: Domain | null,
	b: Domain | null,
	domain: Domain,
	entries: readonly DomainEntry[],
): DomainChange {
	const focus =
		status === 'added'
			? { added: domain.focus, removed: [], kept: [] }
			: { added: [], removed: domain.focus, kept: [] };
	return { status, a, b, substantive: true, canonical: canonicalOf(entries), focus };
}

function canonicalOf(entries: readonly DomainEntry[]): DomainChange['canonical'] {
	return entries.map((entry) => ({ id: entry.id, name: entry.name }));
}
