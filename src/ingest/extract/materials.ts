/**
 * 申报材料: what must be prepared and who prepares it, each with the sentence that asks for it:
 * attachments that are forms (申报书, 推荐函…), forms the text names (material-mentions.ts) and a
 * credit report it names. Who prepares each comes from its kind, else from
 * the subject of its sentence, else from whom the notice addresses. Never any notice's wording.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { factId } from '../../schemas/fact.ts';
import type { NoticeRecord, Party } from '../../schemas/notice.ts';
import { addresseesOf } from './addressee-party.ts';
import type { Block } from './blocks.ts';
import { bodySentences } from './body-sentences.ts';
import { addAnchor, blocksOfFile, noticeOf, type Span } from './context.ts';
import { creditMaterial } from './credit-material.ts';
import { materialKind } from './material-kind.ts';
import { listedItems, passingForms, quotedForms, type Mention } from './material-mentions.ts';
import { subjectParty } from './subject-party.ts';

type Material = NoticeRecord['materials'][number];
type Context = Pick<NoticeRecord, 'attachments' | 'issuers' | 'jurisdiction'> & { addressees: Party | null };

// The bracket right after a name qualifies it: （一式三份）, （见附件2，可通过系统下载）.
const BRACKET = /^[（(]([^（）()]{1,30})[)）]/u;
// Whitespace, 《》 and a trailing gloss (（示例）) do not make another document.
const bare = (title: string): string => title.replace(/[\s《》]|[（(][^（）()]*[)）]$/gu, '');
// The sort of document a name ends in: 推荐函 and 关于推荐…的函 are one letter.
const ENDING = /(?:函|书|表|清单)$/u;
const sameForm = (a: string, b: string) => materialKind(a) === materialKind(b) && ENDING.exec(bare(a))?.[0] === ENDING.exec(bare(b))?.[0];

/** The party of a material named at `at` in a sentence. */
function partyOf(name: string, sentence: Span, at: number, context: Context): Party {
	const kind = materialKind(name);
	if (kind === 'applicant' || kind === 'recommender') return kind;
	const subject = subjectParty(sentence.text.slice(0, at), context);
	return subject === 'applicant' || subject === 'recommender' ? subject : (context.addressees ?? 'applicant');
}

/** A material where its sentence names it, with its attachment number when an attachment is its form. */
function named({ name, sentence, at, end }: Mention, context: Context): Material {
	const attached = context.attachments.find((a) => bare(a.title) === bare(name));
	const note = BRACKET.exec(sentence.text.slice(end))?.[1] ?? null;
	return { name, attachment: attached?.no ?? null, note, party: partyOf(name, sentence, at, context), text: sentence.text };
}

/**
 * The materials of a notice, attachments first, then in reading order, and the sentence of each.
 * @param context The notice's attachments, issuers, jurisdiction and whom it addresses.
 * @param sentences The body sentences in reading order.
 * @param attachmentLine Where the notice lists an attachment (by index), for one no sentence names.
 */
export function materialsOf(context: Context, sentences: readonly Span[], attachmentLine: (index: number) => Span | null): { material: Material; sentence: Span }[] {
	const out: { material: Material; sentence: Span }[] = [];
	const add = (material: Material, sentence: Span) => {
		if (!out.some((m) => bare(m.material.name) === bare(material.name))) out.push({ material, sentence });
	};
	context.attachments.forEach(({ no, title }, index) => {
		if (materialKind(title) === null) return;
		const ref = no === null ? null : new RegExp(`附件\\s*${no}(?!\\d)`, 'u');
		const sentence = sentences.find((s) => (ref?.test(s.text) ?? false) || s.text.includes(bare(title))) ?? attachmentLine(index);
		if (sentence === null) return;
		const at = Math.max(0, sentence.text.indexOf(bare(title)));
		add({ ...named({ name: title, sentence, at, end: at }, context), attachment: no, note: null }, sentence);
	});
	for (const m of [...quotedForms(sentences), ...listedItems(sentences)]) add(named(m, context), m.sentence);
	for (const m of passingForms(sentences)) {
		// Already there under a longer name (国家标准化试点项目申请表) or as the same form (推荐函 and 关于推荐…的函).
		if (out.some(({ material }) => bare(material.name).endsWith(m.name) || sameForm(material.name, m.name))) continue;
		add(named(m, context), m.sentence);
	}
	const credit = creditMaterial(sentences);
	if (credit !== null) add({ name: credit.name, attachment: null, note: credit.note, party: 'applicant', text: credit.sentence.text }, credit.sentence);
	return out;
}

/** The text of `[start, end)` in the logical text, from the block that holds it. */
function spanAt(blocks: readonly Block[], start: number, end: number): Span | null {
	const block = blocks.find((b) => b.start <= start && end <= b.start + b.text.length);
	return block ? { text: block.text.slice(start - block.start, end - block.start), start } : null;
}

/** The unified plugin that fills `materials`; runs after the attachments are known. */
export function remarkNoticeMaterials() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const blocks = blocksOfFile(file);
		const context: Context = {
			attachments: notice.attachments ?? [],
			issuers: notice.issuers ?? [],
			jurisdiction: notice.jurisdiction!,
			addressees: addresseesOf(blocks),
		};
		const anchors = file.data.anchors ?? [];
		const line = (index: number) => {
			const anchor = anchors.find((a) => a.id === factId('attachment', index));
			return anchor ? spanAt(blocks, anchor.start, anchor.end) : null;
		};
		const found = materialsOf(context, bodySentences(blocks), line);
		found.forEach(({ sentence }, i) => addAnchor(file, 'material', i, sentence.start, sentence.start + sentence.text.length));
		notice.materials = found.map(({ material }) => material);
	};
}
