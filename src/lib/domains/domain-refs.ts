/**
 * What a notice's domain name (领域) stands for on the site: the canonical domains of the
 * taxonomy (content/domains) it matches, and for the parts it does not match, the bare name.
 */
import type { DomainEntry, DomainTaxonomy } from '../../compare/types.ts';
import { domainLabel, matchDomains } from '../../compare/taxonomy.ts';

/** One domain a name stands for: a canonical entry, or a name the taxonomy does not hold. */
export interface DomainRef {
	/** The taxonomy id (`high-tech`), else `~` and the bare name (`~长三角一体化`). */
	key: string;
	/** The canonical name (`高新技术`), else the bare name as written (`长三角一体化`). */
	name: string;
	/** The taxonomy entry, null for a name not in the taxonomy. */
	entry: DomainEntry | null;
}

// The parts of a joined name, as matchDomains splits it: 科技创新领域、制造业领域.
const PARTS = /[、，,/]/u;

/**
 * The domains a name stands for, in the order its parts are written, each once. A part the
 * taxonomy does not match keeps its bare name, so 生态绿色领域、长三角一体化领域 gives the
 * canonical 生态环境 and 长三角一体化.
 * @param name A domain name as the notice writes it.
 * @param taxonomy The canonical domains.
 * @example domainRefs('科技创新领域、长三角一体化领域', taxonomy).map((ref) => ref.key)
 * // ['high-tech', '~长三角一体化']
 */
export function domainRefs(name: string, taxonomy: DomainTaxonomy): DomainRef[] {
	const refs: DomainRef[] = [];
	for (const part of name.split(PARTS)) {
		if (part.trim() === '') continue;
		const entries = matchDomains(part, taxonomy);
		const found: DomainRef[] =
			entries.length > 0
				? entries.map((entry) => ({ key: entry.id, name: entry.name, entry }))
				: [fallback(part)];
		for (const ref of found) if (!refs.some((r) => r.key === ref.key)) refs.push(ref);
	}
	return refs;
}

/** A part the taxonomy does not hold, keyed by its bare name. */
function fallback(part: string): DomainRef {
	const label = domainLabel(part);
	return { key: `~${label}`, name: label, entry: null };
}
