/**
 * The programmes (项目类别) facet: the kinds of project each notice calls for, paired by name and
 * then by their core, so a programme renamed without changing what it is (国家标准化试点项目 →
 * 国家级标准化试点项目) reads as one programme changed, not one dropped and one added.
 */
import type { ProgrammeChange } from '../types.ts';
import { inBOrder } from './in-b-order.ts';
import { pairWhere } from './pair.ts';

// What a notice varies in a programme's name without naming another programme: a year or a
// batch (2026年度, 第十批), 级 after a level (国家级, 省级), 工作 before 项目.
const NOT_CORE = /(?:19|20)\d{2}年度?|第[一二三四五六七八九十\d]+批|(?<=国家|省|市|区|县)级|工作(?=项目)|[\s“”"]/gu;

/**
 * The part of a programme's name that says which programme it is.
 * @param name A programme as the record names it.
 * @example programmeCore('国家级标准化试点项目') // '国家标准化试点项目'
 */
export function programmeCore(name: string): string {
	return name.replace(NOT_CORE, '');
}

/**
 * Compare two notices' programmes.
 * @param a The programmes of `a`.
 * @param b The programmes of `b`.
 * @example compareProgrammes(['国家标准化试点项目'], ['国家级标准化试点项目'])[0]?.status // 'changed'
 */
export function compareProgrammes(a: readonly string[], b: readonly string[]): ProgrammeChange[] {
	const pairing = pairWhere(a, b, (x, y) => x === y);
	pairWhere(a, b, (x, y) => programmeCore(x) === programmeCore(y), pairing);
	return inBOrder(a, b, pairing.edges).map(({ kind, x, y }) => {
		if (kind !== 'paired') return { status: kind, a: x, b: y, substantive: true };
		// A new name for the same programme is a change, but not one an applicant acts on.
		return { status: x === y ? 'kept' : 'changed', a: x, b: y, substantive: false };
	});
}
