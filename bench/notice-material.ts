/**
 * The sentences and headings of the real notices in content/notices, as material for synthetic ones.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { NoticeBlocksSchema } from '../src/schemas/blocks.ts';
import { sentencesOf } from '../src/text/split-sentences.ts';

/** Distinct body sentences and section headings (outline numbers left out) of the real notices. */
export interface NoticeMaterial {
	sentences: string[];
	headings: string[];
}

/**
 * Reads every notice's blocks (`<id>.blocks.json`) and collects its sentences and headings, each once.
 * @param dir The notices folder.
 * @example noticeMaterial(new URL('../content/notices/', import.meta.url)).sentences.length // ~800
 */
export function noticeMaterial(dir: URL): NoticeMaterial {
	const sentences = new Set<string>();
	const headings = new Set<string>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.blocks.json')).sort()) {
		const { blocks } = NoticeBlocksSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
		for (const block of blocks) {
			if (block.type === 'heading' && !block.text.startsWith('附件')) headings.add(block.text);
			// Items keep no number: the generator numbers them again.
			if (block.type === 'paragraph' && block.part === null) {
				for (const s of sentencesOf(block.text)) sentences.add(asSentence(s.text.slice(s.numbering?.length ?? 0).trim()));
			}
		}
	}
	return { sentences: [...sentences].filter((s) => s.length >= 6), headings: [...headings] };
}

/** A sentence with an end mark, so sentences joined into paragraphs still read as sentences. */
function asSentence(text: string): string {
	return /[。；！？：]$/u.test(text) ? text : `${text}。`;
}
