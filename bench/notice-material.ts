/**
 * The sentences and headings of the real notices in content/notices, as material for synthetic ones.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mdxToBlocks } from '../src/compare/mdx-to-blocks.ts';
import { splitSentences } from '../src/compare/text/split-sentences.ts';
import { stripNumbering } from '../src/compare/text/strip-numbering.ts';

/** Distinct body sentences and section headings (outline numbers stripped) of the real notices. */
export interface NoticeMaterial {
	sentences: string[];
	headings: string[];
}

/**
 * Reads every notice's MDX body and collects its sentences and headings, each once.
 * @param dir The notices folder.
 * @example noticeMaterial(new URL('../content/notices/', import.meta.url)).sentences.length // ~800
 */
export function noticeMaterial(dir: URL): NoticeMaterial {
	const sentences = new Set<string>();
	const headings = new Set<string>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
		const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
		for (const block of mdxToBlocks(lines.slice(lines.indexOf('---', 1) + 1).join('\n'))) {
			if (block.type === 'heading' && !block.text.startsWith('附件')) headings.add(stripNumbering(block.text));
			// Items keep no number: the generator numbers them again.
			if (block.type === 'paragraph' && block.part === undefined) for (const s of splitSentences(block.text)) sentences.add(asSentence(s));
		}
	}
	return { sentences: [...sentences].filter((s) => s.length >= 6), headings: [...headings] };
}

/** A unit as a sentence: no outline number, and an end mark, so units joined into paragraphs still read as sentences. */
function asSentence(unit: string): string {
	const text = stripNumbering(unit);
	return /[。；！？：]$/u.test(text) ? text : `${text}。`;
}
