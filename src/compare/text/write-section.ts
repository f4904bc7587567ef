/**
 * One aligned section written out as a SectionPair, its status read from its sentences.
 */
import type { SectionPair, SectionRef, SentencePair } from '../types.ts';
import type { SectionMatch } from './align-sections.ts';
import type { Slot } from './align-units.ts';
import type { Section } from './model.ts';
import { writeSentences, type WriteContext } from './write-sentences.ts';

/**
 * A section pair (or one-sided section) with its sentences. A pair is `equal` when its heading
 * and every sentence are; a renumbered heading alone makes it `changed`.
 * @param match The aligned section(s).
 * @param slots Their units, aligned and paired.
 * @param context Options in, `fellBack` out.
 * @example writeSection({ a: older, b: newer, moved: false }, slots, context).status // 'changed'
 */
export function writeSection(
	match: SectionMatch,
	slots: readonly Slot[],
	context: WriteContext,
): SectionPair {
	const sentences = writeSentences(slots, context);
	return { status: status(match, sentences), a: toRef(match.a), b: toRef(match.b), sentences };
}

function status(match: SectionMatch, sentences: readonly SentencePair[]): SectionPair['status'] {
	if (match.moved) return 'moved';
	if (match.a === null) return 'added';
	if (match.b === null) return 'removed';
	const same = match.a.heading === match.b.heading && sentences.every((s) => s.status === 'equal');
	return same ? 'equal' : 'changed';
}

function toRef(section: Section | null): SectionRef | null {
	return section === null ? null : { path: section.path, heading: section.heading };
}
