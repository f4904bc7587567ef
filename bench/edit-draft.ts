/**
 * The newer notice of a synthetic pair: the older one with the edits calls really get from one
 * year to the next — numbers and dates changed, years rolled forward, sentences reworded, added
 * and dropped, a paragraph moved, a section dropped, one added, one renamed.
 */
import type { Draft, DraftSection } from './draft.ts';
import type { SeededRandom } from '../scripts/lib/seeded-random.ts';

/** How many edits of each kind were made. */
export type EditCounts = Record<'numbers' | 'years' | 'reworded' | 'removed' | 'added' | 'moved' | 'sections', number>;

// Rewordings seen between real calls (国家标准化管理委员会 2023 → 2026).
const SYNONYMS: [string, string][] = [
	['应当', '应'],
	['充分发挥', '进一步发挥'],
	['开展', '组织开展'],
	['加强', '强化'],
	['有关', '相关'],
	['申报', '申请'],
	['标准化试点示范项目', '标准化试点项目'],
];

/**
 * A copy of `draft` with seeded edits, and their counts.
 * @param draft The older notice.
 * @param random The seeded stream.
 * @param fresh Supplies sentences the older notice does not have.
 * @param headings Heading words for added and renamed sections.
 * @example editDraft(draft, seededRandom(1), sentenceSource(material, random), material.headings).counts.moved // 1
 */
export function editDraft(draft: Draft, random: SeededRandom, fresh: () => string, headings: readonly string[]): { draft: Draft; counts: EditCounts } {
	const counts: EditCounts = { numbers: 0, years: 0, reworded: 0, removed: 0, added: 0, moved: 0, sections: 0 };
	const edited = structuredClone(draft);
	const sections = (): DraftSection[] => edited.parts.flatMap((p) => p.sections);
	for (const paragraph of [...edited.preamble, ...sections().flatMap((s) => s.paragraphs)]) {
		for (let i = paragraph.length - 1; i >= 0; i--) {
			const sentence = paragraph[i] ?? '';
			if (random.chance(0.015) && paragraph.length > 1) {
				paragraph.splice(i, 1);
				counts.removed++;
			} else paragraph[i] = editSentence(sentence, random, counts);
		}
		if (random.chance(0.015)) {
			paragraph.splice(random.int(0, paragraph.length), 0, fresh());
			counts.added++;
		}
	}
	moveParagraph(sections(), random, counts);
	editSections(edited, random, fresh, headings, counts);
	return { draft: edited, counts };
}

function editSentence(sentence: string, random: SeededRandom, counts: EditCounts): string {
	let out = sentence;
	const number = /\d+/u.exec(out);
	if (number !== null && random.chance(0.25)) {
		const value = Number(number[0]);
		const year = value >= 1990 && value <= 2100;
		counts[year ? 'years' : 'numbers']++;
		out = out.slice(0, number.index) + String(value + (year ? 1 : random.int(1, 5))) + out.slice(number.index + number[0].length);
	}
	if (random.chance(0.04)) {
		counts.reworded++;
		const synonym = SYNONYMS.find(([from]) => out.includes(from));
		const clauses = out.split('，');
		if (synonym !== undefined) out = out.replace(synonym[0], synonym[1]);
		else if (clauses.length > 2) out = [...clauses.slice(0, -2), clauses.at(-1)].join('，');
		else out = out.replace(/^/u, '原则上，');
	}
	return out;
}

function moveParagraph(sections: DraftSection[], random: SeededRandom, counts: EditCounts): void {
	const from = random.pick(sections.filter((s) => s.paragraphs.length >= 2 && s.paragraphs.some((p) => p.length >= 2)));
	const to = random.pick(sections.filter((s) => s !== from));
	const index = random.pick([...from.paragraphs.keys()].filter((i) => (from.paragraphs[i]?.length ?? 0) >= 2));
	const [paragraph] = from.paragraphs.splice(index, 1);
	if (paragraph === undefined) return;
	to.paragraphs.splice(random.int(0, to.paragraphs.length), 0, paragraph);
	counts.moved++;
}

function editSections(draft: Draft, random: SeededRandom, fresh: () => string, headings: readonly string[], counts: EditCounts): void {
	const removeFrom = random.pick(draft.parts.filter((p) => p.sections.length >= 3));
	removeFrom.sections.splice(random.int(1, removeFrom.sections.length - 1), 1);
	const addTo = random.pick(draft.parts);
	const paragraphs = Array.from({ length: random.int(2, 3) }, () => [fresh(), fresh()]);
	addTo.sections.splice(random.int(0, addTo.sections.length), 0, { name: random.pick(headings), paragraphs, items: false });
	const renamed = random.pick(draft.parts.flatMap((p) => p.sections));
	renamed.name = random.pick(headings.filter((h) => h !== renamed.name));
	counts.sections += 3;
}
