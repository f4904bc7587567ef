/**
 * 规范领域: each domain's id in the taxonomy of content/domains/, so that the names different calls
 * give one field (高新技术领域, 高技术领域, 科技创新领域) meet on the site and in the comparison.
 * The taxonomy comes in as the plugin's option: ingest reads no files of its own.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { DomainEntry, DomainTaxonomy } from '../../schemas/domain.ts';
import { domainLabel } from '../../text/domain-label.ts';
import { noticeOf } from './context.ts';

/** The plugin's option. */
export interface DomainCanonicalOptions {
	/** The canonical domains; without one every domain's `canonical` is null. */
	taxonomy?: DomainTaxonomy;
}

// The separators of a joined name: 科技创新领域、制造业领域.
const JOINED = /[、，,/]/u;

/** One bare name's entry: its name or an alias exactly, else the longest name or alias it contains. */
function matchOne(label: string, taxonomy: DomainTaxonomy): DomainEntry | undefined {
	if (label === '') return undefined;
	const exact = taxonomy.find((entry) => entry.name === label || entry.aliases.includes(label));
	if (exact !== undefined) return exact;
	let best: { entry: DomainEntry; length: number } | undefined;
	for (const entry of taxonomy) {
		for (const alias of [entry.name, ...entry.aliases]) {
			if (alias.length >= 2 && label.includes(alias) && alias.length > (best?.length ?? 0)) best = { entry, length: alias.length };
		}
	}
	return best?.entry;
}

/**
 * The taxonomy id a domain name stands for, null when none matches. A joined name
 * (科技创新领域、制造业领域) gives the id of its first part the taxonomy holds: the schema keeps
 * one id per domain.
 * @param name A domain name as the notice writes it.
 * @param taxonomy The canonical domains.
 * @example canonicalDomain('高技术领域', taxonomy) // 'high-tech'
 * @example canonicalDomain('长三角一体化领域', taxonomy) // null
 */
export function canonicalDomain(name: string, taxonomy: DomainTaxonomy): string | null {
	for (const part of name.split(JOINED)) {
		const entry = matchOne(domainLabel(part), taxonomy);
		if (entry !== undefined) return entry.id;
	}
	return null;
}

/** The unified plugin that fills `domains[].canonical` (after remarkNoticeDomains). */
export function remarkNoticeDomainCanonical(options: DomainCanonicalOptions = {}) {
	const taxonomy = options.taxonomy ?? [];
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		notice.domains = (notice.domains ?? []).map((domain) => ({ ...domain, canonical: canonicalDomain(domain.name, taxonomy) }));
	};
}
