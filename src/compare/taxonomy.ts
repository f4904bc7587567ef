/**
 * Matching focus items (重点方向) within a domain through the taxonomy's focus aliases, so that
 * 养老家政 and 家政服务 meet. Domains themselves meet by the `canonical` id ingest wrote.
 */
import type { DomainEntry } from './types.ts';

// What a call wraps around a focus item: quotes and a trailing 等.
const FOCUS_NOISE = /[“”"'‘’《》]|等$/gu;

/**
 * The key two focus items meet on within a domain: the canonical focus name when the entry lists
 * it or an alias, else the item without quotes and a trailing 等.
 * @param item A focus item as written: `家政服务`.
 * @param entry The domain's taxonomy entry, when it has one.
 * @example focusKey('家政服务', services) // '养老家政'
 */
export function focusKey(item: string, entry: DomainEntry | undefined): string {
	const bare = item.replace(FOCUS_NOISE, '').trim();
	const focus = entry?.focus.find((f) => f.name === bare || f.aliases.includes(bare));
	return focus?.name ?? bare;
}
