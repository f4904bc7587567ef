/**
 * Notices grouped by domain through the taxonomy: one group per canonical domain (高新技术 gathers
 * 高技术领域 and 科技创新领域), one per name the taxonomy does not hold.
 */
import type { DomainTaxonomy } from '../../compare/types.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { domainRefs, type DomainRef } from './domain-refs.ts';
import { assignSlugs } from '../../format/slug.ts';
import { compareNames, compareNotices } from '../notices/sort-notices.ts';

/** One notice's domain as written, with its index in the record (for `#domain-<index>`). */
export interface DomainMention {
	notice: NoticeRecord;
	domain: NoticeRecord['domains'][number];
	index: number;
}

/** The mentions of one domain, newest notice first. */
export interface DomainGroup {
	/** The taxonomy id, or `~` and the bare name. */
	key: string;
	/** The canonical name, or the bare name of a name not in the taxonomy. */
	name: string;
	/** The taxonomy id, or the pinyin slug of the bare name (`changsanjiaoyitihua`). */
	slug: string;
	/** False for a name the taxonomy does not hold. */
	canonical: boolean;
	mentions: DomainMention[];
}

/**
 * Group domain mentions by the domains they stand for: canonical domains first, then names not
 * in the taxonomy, each part in pinyin order; a domain is grouped by the `canonical` ids ingest
 * wrote, a joined name (科技创新领域、制造业领域) under each of its fields.
 * @param notices Records in any order.
 * @param taxonomy The canonical domains.
 * @throws When a bare name's slug is taken by a taxonomy id or another name.
 */
export function groupByDomain(
	notices: readonly NoticeRecord[],
	taxonomy: DomainTaxonomy,
): DomainGroup[] {
	const groups = new Map<string, { ref: DomainRef; mentions: DomainMention[] }>();
	for (const notice of [...notices].sort(compareNotices)) {
		notice.domains.forEach((domain, index) => {
			for (const ref of domainRefs(domain, taxonomy)) {
				const group = groups.get(ref.key) ?? { ref, mentions: [] };
				group.mentions.push({ notice, domain, index });
				groups.set(ref.key, group);
			}
		});
	}
	const slugs = slugsFor([...groups.values()].map(({ ref }) => ref), taxonomy);
	return [...groups.values()]
		.map(({ ref, mentions }) => ({
			key: ref.key,
			name: ref.name,
			slug: slugs.get(ref.key) ?? '',
			canonical: ref.entry !== null,
			mentions,
		}))
		.sort((a, b) => Number(b.canonical) - Number(a.canonical) || compareNames(a.name, b.name));
}

/** Taxonomy ids as they are; pinyin slugs for the other names, none clashing with an id. */
function slugsFor(refs: readonly DomainRef[], taxonomy: DomainTaxonomy): Map<string, string> {
	const slugs = new Map<string, string>();
	const bare = refs.filter((ref) => ref.entry === null);
	const pinyin = assignSlugs(bare.map((ref) => ref.name));
	for (const ref of refs) {
		if (ref.entry !== null) {
			slugs.set(ref.key, ref.entry.id);
			continue;
		}
		const slug = pinyin.get(ref.name) ?? '';
		if (taxonomy.some((entry) => entry.id === slug)) {
			throw new Error(
				`Cannot give \`${ref.name}\` the slug \`${slug}\`, expected one no taxonomy id uses`,
			);
		}
		slugs.set(ref.key, slug);
	}
	return slugs;
}

/**
 * The number of notices in a group: a notice naming one domain twice counts once.
 * @param group A domain group.
 */
export function domainNoticeCount(group: DomainGroup): number {
	return new Set(group.mentions.map((mention) => mention.notice.id)).size;
}
