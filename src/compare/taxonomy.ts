/**
 * Matching focus items (重点方向) within a domain through the taxonomy's focus aliases, so that
 * 养老家政 and 家政服务 meet. Domains themselves meet by the `canonical` ids ingest wrote.
 */
import type { DomainEntry, DomainTaxonomy } from './types.ts';

// What a call wraps around a focus item: quotes and a trailing 等.
const FOCUS_NOISE = /[“”"'‘’《》]|等$/gu;

/**
 * The taxonomy entries of the ids a domain carries, in its order (ids the taxonomy lacks left out).
 * @param ids A domain's `canonical` ids (or the fields two domains met on).
 * @param taxonomy The canonical domains.
 * @example entriesOf(['high-tech', 'manufacturing'], taxonomy).map((e) => e.name) // ['高新技术', '制造业']
 */
export function entriesOf(ids: readonly string[], taxonomy: DomainTaxonomy): DomainEntry[] {
	return ids.flatMap((id) => taxonomy.find((entry) => entry.id === id) ?? []);
}

/**
 * The key two focus items meet on within a domain: the canonical focus name when one of the
 * domain's entries lists it or an alias, else the item without quotes and a trailing 等.
 * @param item A focus item as written: `家政服务`.
 * @param entries The domain's taxonomy entries (two for 科技创新领域、制造业领域, none outside it).
 * @example focusKey('家政服务', [services]) // '养老家政'
 */
export function focusKey(item: string, entries: readonly DomainEntry[]): string {
	const bare = item.replace(FOCUS_NOISE, '').trim();
	for (const entry of entries) {
		const focus = entry.focus.find((f) => f.name === bare || f.aliases.includes(bare));
		if (focus !== undefined) return focus.name;
	}
	return bare;
}
