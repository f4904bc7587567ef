/**
 * Realistic synthetic notice pairs for the text comparison benchmark: an older notice of about
 * `length` characters built from the real notices' sentences and headings, and a newer one derived
 * from it by editDraft. Seeded, so every run measures the same texts.
 */
import type { TextBlock } from '../src/compare/types.ts';
import { draftLength, draftToBlocks, type Draft, type DraftSection } from './draft.ts';
import { editDraft, type EditCounts } from './edit-draft.ts';
import type { NoticeMaterial } from './notice-material.ts';
import { seededRandom, type SeededRandom } from '../scripts/lib/seeded-random.ts';
import { sentenceSource } from './sentence-source.ts';

/** Two notices to compare, and the edits that lead from `a` to `b`. */
export interface SyntheticPair {
	a: TextBlock[];
	b: TextBlock[];
	counts: EditCounts;
}

/**
 * A seeded pair of synthetic notices.
 * @param seed The PRNG seed: the same seed gives the same pair.
 * @param material The real notices' sentences and headings.
 * @param length Characters of text in `a` (reached or just passed).
 * @example syntheticNoticePair(1, material, 20_000).a.length // ~450 blocks
 */
export function syntheticNoticePair(seed: number, material: NoticeMaterial, length: number): SyntheticPair {
	const random = seededRandom(seed);
	const fresh = sentenceSource(material, random);
	const draft: Draft = { preamble: [paragraph(random, fresh), paragraph(random, fresh)], parts: [{ title: null, sections: [] }] };
	while (draftLength(draft) < length) {
		const part = draft.parts.at(-1);
		// The notice has 5–9 sections, each attachment 4–8, as the real ones do.
		if (part === undefined || part.sections.length >= (part.title === null ? random.int(5, 9) : random.int(4, 8))) {
			draft.parts.push({ title: `2025年度${random.pick(material.headings)}申报工作要求`, sections: [] });
		} else part.sections.push(section(random, fresh, material.headings));
	}
	const { draft: edited, counts } = editDraft(draft, random, fresh, material.headings);
	return { a: draftToBlocks(draft), b: draftToBlocks(edited), counts };
}

function section(random: SeededRandom, fresh: () => string, headings: readonly string[]): DraftSection {
	const paragraphs = Array.from({ length: random.int(2, 6) }, () => paragraph(random, fresh));
	return { name: random.pick(headings), paragraphs, items: random.chance(0.5) };
}

function paragraph(random: SeededRandom, fresh: () => string): string[] {
	return Array.from({ length: random.int(1, 5) }, fresh);
}
