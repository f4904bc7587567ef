/**
 * The domains (领域) facet: domains matched by the taxonomy id ingest wrote (高技术 meets 高新技术),
 * their focus items (重点方向) matched within the domain through the taxonomy's focus aliases
 * (家政服务 meets 养老家政).
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { focusKey } from '../taxonomy.ts';
import type { DomainChange, DomainEntry, DomainTaxonomy } from '../types.ts';
import { pairDomains } from './domain-units.ts';
import { inBOrder } from './in-b-order.ts';

type Domain = NoticeRecord['domains'][number];

/**
 * Compare two notices' domains. A domain present on both sides is `kept` when its focus items
 * meet one for one, whatever the wording, and `changed` when items were added or dropped.
 * @param a The domains of `a`.
 * @param b The domains of `b`.
 * @param taxonomy The canonical domains, for their names and focus aliases.
 * @example compareDomains([{ name: '高技术领域', focus: [], canonical: 'high-tech' }], [{ name: '高新技术', focus: ['机器人'], canonical: 'high-tech' }], taxonomy)[0]?.focus
 * // { added: ['机器人'], removed: [], kept: [] }
 */
export function compareDomains(
	a: readonly Domain[],
	b: readonly Domain[],
	taxonomy: DomainTaxonomy,
): DomainChange[] {
	const edges = pairDomains(a, b);
	const entryOf = (domain: Domain) => taxonomy.find((entry) => entry.id === domain.canonical);
	return inBOrder(a, b, edges.map((e) => [e.a, e.b])).map(({ kind, x, y }) => {
		if (kind === 'added') return oneSided(kind, x, y, y, entryOf(y));
		if (kind === 'removed') return oneSided(kind, x, y, x, entryOf(x));
		const entry = entryOf(y);
		const removed = filterFocus(x.focus, y.focus, entry, false);
		const added = filterFocus(y.focus, x.focus, entry, false);
		const kept = filterFocus(y.focus, x.focus, entry, true);
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
	entry: DomainEntry | undefined,
): DomainChange {
	const focus =
		status === 'added'
			? { added: domain.focus, removed: [], kept: [] }
			: { added: [], removed: domain.focus, kept: [] };
	return { status, a, b, substantive: true, canonical: canonicalOf(entry), focus };
}

function canonicalOf(entry: DomainEntry | undefined): DomainChange['canonical'] {
	return entry === undefined ? null : { id: entry.id, name: entry.name };
}
