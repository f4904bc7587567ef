/**
 * 规范领域: the ids in the taxonomy of content/domains/ of the fields a domain name names, so that
 * the names different calls give one field (高新技术领域, 高技术领域, 科技创新领域) meet on the site
 * and in the comparison, and a name joining two fields (科技创新领域、制造业领域) is found under both.
 * The taxonomy comes in as the plugin's option: ingest reads no files of its own.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { DomainEntry, DomainTaxonomy } from '../../schemas/domain.ts';
import { domainLabel } from '../../text/domain-label.ts';
import { noticeOf } from './context.ts';

/** The plugin's option. */
export interface DomainCanonicalOptions {
	/** The canonical domains; without one every domain's `canonical` is empty. */
	taxonomy?: DomainTaxonomy;
}

// The separators of a joined name: 科技创新领域、制造业领域.
const JOINED = /[、，,/]/u;
// The words joining two fields inside one part: 生活性服务业和公共服务业领域. A field may hold one
// itself (社会管理和公共服务), so a part splits on them only when no name or alias spans them.
const CONJUNCTION = /[和与及]/u;

/** The entry whose name or alias is `label` exactly. */
function exactEntry(label: string, taxonomy: DomainTaxonomy): DomainEntry | undefined {
	return taxonomy.find((entry) => entry.name === label || entry.aliases.includes(label));
}

/** The longest name or alias (of two characters or more) `label` contains, with its entry. */
function longestContained(label: string, taxonomy: DomainTaxonomy): { entry: DomainEntry; alias: string } | undefined {
	let best: { entry: DomainEntry; alias: string } | undefined;
	for (const entry of taxonomy) {
		for (const alias of [entry.name, ...entry.aliases]) {
			if (alias.length >= 2 && label.includes(alias) && alias.length > (best?.alias.length ?? 0)) best = { entry, alias };
		}
	}
	return best;
}

/** One field's entry: its name or an alias exactly, else the longest name or alias it contains. */
function matchOne(label: string, taxonomy: DomainTaxonomy): DomainEntry | undefined {
	if (label === '') return undefined;
	return exactEntry(label, taxonomy) ?? longestContained(label, taxonomy)?.entry;
}

/** What one part of a name names: its entries, and the fields (bare) no entry matches. */
function matchPart(part: string, taxonomy: DomainTaxonomy): { entries: DomainEntry[]; others: string[] } {
	const label = domainLabel(part);
	if (label === '') return { entries: [], others: [] };
	const exact = exactEntry(label, taxonomy);
	if (exact !== undefined) return { entries: [exact], others: [] };
	const spanning = longestContained(label, taxonomy);
	if (!CONJUNCTION.test(label) || (spanning !== undefined && CONJUNCTION.test(spanning.alias))) {
		return spanning === undefined ? { entries: [], others: [label] } : { entries: [spanning.entry], others: [] };
	}
	const halves = label.split(CONJUNCTION).map((half) => domainLabel(half)).filter((half) => half !== '');
	const matched = halves.map((half) => ({ half, entry: matchOne(half, taxonomy) }));
	return {
		entries: matched.flatMap(({ entry }) => (entry === undefined ? [] : [entry])),
		others: matched.flatMap(({ half, entry }) => (entry === undefined ? [half] : [])),
	};
}

/**
 * The fields a domain name names: the taxonomy ids, in the order it names them, each once, and
 * the fields no entry matches (bare, without 领域), so a joined name loses none of its parts.
 * @param name A domain name as the notice writes it.
 * @param taxonomy The canonical domains.
 * @example domainFieldsOf('生态绿色领域、长三角一体化领域', taxonomy) // { canonical: ['ecology'], others: ['长三角一体化'] }
 */
export function domainFieldsOf(name: string, taxonomy: DomainTaxonomy): { canonical: string[]; others: string[] } {
	const parts = name.split(JOINED).map((part) => matchPart(part, taxonomy));
	return {
		canonical: [...new Set(parts.flatMap((part) => part.entries.map((entry) => entry.id)))],
		others: [...new Set(parts.flatMap((part) => part.others))],
	};
}

/**
 * The taxonomy ids a domain name names, in the order it names them, each once; empty when none
 * matches. A joined name gives one id per field the taxonomy holds.
 * @param name A domain name as the notice writes it.
 * @param taxonomy The canonical domains.
 * @example canonicalDomains('高技术领域', taxonomy) // ['high-tech']
 * @example canonicalDomains('科技创新领域、制造业领域', taxonomy) // ['high-tech', 'manufacturing']
 * @example canonicalDomains('长三角一体化领域', taxonomy) // []
 */
export function canonicalDomains(name: string, taxonomy: DomainTaxonomy): string[] {
	return domainFieldsOf(name, taxonomy).canonical;
}

/** The unified plugin that fills `domains[].canonical` and `domains[].others` (after remarkNoticeDomains). */
export function remarkNoticeDomainCanonical(options: DomainCanonicalOptions = {}) {
	const taxonomy = options.taxonomy ?? [];
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		notice.domains = (notice.domains ?? []).map((domain) => ({ ...domain, ...domainFieldsOf(domain.name, taxonomy) }));
	};
}
