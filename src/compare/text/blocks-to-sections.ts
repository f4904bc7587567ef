/**
 * A notice's text blocks grouped into sections under their heading paths, each cut into units.
 *
 * Structural lines (`part`: masthead, docNumber, title, salutation, signature, closing) are left
 * out of the body: the facets compare what they carry (title, 发文字号, issuer, date), and the rest
 * is boilerplate whose only changes are dates. One exception: a `title` right under a heading is
 * an attachment's own title (附件1 → 2023年度…申报工作要求); it is body text of that attachment and
 * also tells 附件1 from 附件2 when sections are aligned. A `title` after body text with no heading
 * above it is an attachment whose 附件 N label was lost (PDF copies drop it): it opens a new
 * top-level attachment section named by that title.
 */
import { numberedText } from '../../text/outline-number.ts';
import { sentencesOf } from '../../text/split-sentences.ts';
import type { TextBlock } from '../types.ts';
import type { Section, Unit } from './model.ts';
import { normalizeUnit } from './normalize-unit.ts';
import { ATTACHMENT, sectionKey } from './section-key.ts';

/**
 * The sections of a notice in reading order; text before the first heading is the preamble
 * (path `[]`, heading null), left out when empty.
 * @param blocks The notice's blocks, as ingest writes them (`<id>.blocks.json`).
 * @example blocksToSections([
 *   { type: 'heading', depth: 2, numbering: '一、', level: 1, text: '范围', attachment: null },
 *   { type: 'paragraph', numbering: null, level: null, text: '正文。', part: null, attachment: null },
 * ])
 * // [{ path: ['一、范围'], heading: '一、范围', key: '范围', attachment: false,
 * //    units: [正文。], subtree: [正文。] }]
 */
export function blocksToSections(blocks: readonly TextBlock[]): Section[] {
	const sections: Section[] = [];
	let current: Section = { path: [], heading: null, key: '', words: '', attachment: false, units: [], subtree: [] };
	const depths: number[] = [];
	let caption: string | null = null;
	for (const block of blocks) {
		if (block.type === 'paragraph' && block.part === 'title' && !isFirstUnder(current) && hasBody(current, sections)) {
			if (current.heading !== null || current.units.length > 0) sections.push(finish(current, caption));
			depths.length = 0;
			depths.push(2);
			const heading = numberedText(block);
			current = { path: [heading], heading, key: '', words: block.text, attachment: true, units: [], subtree: [] };
			current.units.push(...unitsOf(block));
			caption = block.text;
		} else if (block.type === 'heading') {
			if (current.heading !== null || current.units.length > 0) sections.push(finish(current, caption));
			while ((depths.at(-1) ?? 0) >= block.depth) depths.pop();
			const heading = numberedText(block);
			const path = [...current.path.slice(0, depths.length), heading];
			depths.push(block.depth);
			const attachment = ATTACHMENT.test(heading);
			current = { path, heading, key: '', words: block.text, attachment, units: [], subtree: [] };
			caption = null;
		} else if (block.part === null || (block.part === 'title' && isFirstUnder(current))) {
			if (block.part === 'title') caption = block.text;
			current.units.push(...unitsOf(block));
		}
	}
	if (current.heading !== null || current.units.length > 0) sections.push(finish(current, caption));
	return addSubtrees(sections);
}

/** Fills each section's `subtree`: its units, then those of the sections under it. */
function addSubtrees(sections: Section[]): Section[] {
	const open: Section[] = [];
	for (const section of sections) {
		while ((open.at(-1)?.path.length ?? 0) >= section.path.length && open.length > 0) open.pop();
		for (const owner of [...open, section]) owner.subtree.push(...section.units);
		if (section.heading !== null) open.push(section);
	}
	return sections;
}

/** True once the notice's body has begun: the notice's own title comes before any of it. */
function hasBody(current: Section, sections: readonly Section[]): boolean {
	return sections.length > 0 || current.heading !== null || current.units.length > 0;
}

/** True while a section has a heading and nothing under it yet: where an attachment's title sits. */
function isFirstUnder(section: Section): boolean {
	return section.heading !== null && section.units.length === 0;
}

function finish(section: Section, caption: string | null): Section {
	section.key = sectionKey(section.heading ?? '', section.words, caption);
	return section;
}

/**
 * A paragraph's units. The block's own number is data (ingest read it); an item inlined after a
 * colon gets its number from the splitter. Either way it is shown and left out of the key.
 */
function unitsOf(block: TextBlock): Unit[] {
	if (block.text === '' && block.numbering !== null) return [{ text: block.numbering, key: '' }];
	return sentencesOf(block.text).map((sentence, n) => {
		const words = sentence.numbering === null ? sentence.text : sentence.text.slice(sentence.numbering.length);
		const text = n === 0 && block.numbering !== null ? `${block.numbering}${sentence.text}` : sentence.text;
		return { text, key: normalizeUnit(words) };
	});
}
