/**
 * Matching domain (领域) and focus names through the taxonomy of content/domains/, so that the
 * names different calls give one domain (高新技术领域, 高技术领域, 科技创新领域) meet.
 */
import type { DomainEntry, DomainTaxonomy } from './types.ts';

// What a call appends to a domain's name: 农业农村领域, 司法行政领域专项, 服务业方面. A name's own
// 标准化 stays (国际标准化领域 is 国际标准化).
const SUFFIXES = /(?:领域专项|领域|方面|专项)$/u;
// What a call wraps around a focus item: 等, quotes, a trailing bracketed gloss.
const FOCUS_NOISE = /[“”"'‘’《》]|等$/gu;

/**
 * The bare name of a domain: trimmed, without the 领域 / 方面 / 专项 a call appends.
 * A name that is nothing but a suffix stays as written.
 * @param name A domain name as the notice writes it.
 * @example domainLabel('司法行政领域专项') // '司法行政'
 */
export function domainLabel(name: string): string {
	const trimmed = name.trim();
	const bare = trimmed.replace(SUFFIXES, '').trim();
	return bare === '' ? trimmed : bare;
}

/**
 * The canonical domains a notice's domain name stands for: exact name or alias first, else the
 * longest alias the name contains. A joined name (`科技创新领域、制造业领域`) gives one per part.
 * @param name A domain name as the notice writes it.
 * @param taxonomy The canonical domains.
 * @example matchDomains('高技术领域', taxonomy).map((d) => d.id) // ['high-tech']
 */
export function matchDomains(name: string, taxonomy: DomainTaxonomy): DomainEntry[] {
	const found: DomainEntry[] = [];
	for (const part of name.split(/[、，,/]/u)) {
		const entry = matchOne(domainLabel(part), taxonomy);
		if (entry !== undefined && !found.includes(entry)) found.push(entry);
	}
	return found;
}

function matchOne(label: string, taxonomy: DomainTaxonomy): DomainEntry | undefined {
	if (label === '') return undefined;
	const exact = taxonomy.find((entry) => entry.name === label || entry.aliases.includes(label));
	if (exact !== undefined) return exact;
	let best: { entry: DomainEntry; length: number } | undefined;
	for (const entry of taxonomy) {
		for (const alias of [entry.name, ...entry.aliases]) {
			if (alias.length >= 2 && label.includes(alias) && alias.length > (best?.length ?? 0)) {
				best = { entry, length: alias.length };
			}
		}
	}
	return best?.entry;
}

/**
 * The key two domain names meet on: the canonical id, else `~` and the bare name.
 * @param name A domain name as the notice writes it.
 * @param taxonomy The canonical domains.
 * @example domainKey('高技术领域', taxonomy) // 'high-tech'
 * @example domainKey('长三角一体化领域', taxonomy) // '~长三角一体化'
 */
export function domainKey(name: string, taxonomy: DomainTaxonomy): string {
	const [first] = matchDomains(name, taxonomy);
	return first?.id ?? `~${domainLabel(name)}`;
}

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
