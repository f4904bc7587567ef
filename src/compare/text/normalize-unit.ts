/**
 * The form in which two units count as the same: what a renumbering or re-spacing leaves alone.
 */
import { stripNumbering } from './strip-numbering.ts';

/**
 * A unit without its leading outline number and without spacing, for exact matching.
 * @param text A sentence or numbered item.
 * @example normalizeUnit('（三） 联系电话： 6035 0927') // '联系电话：60350927'
 */
export function normalizeUnit(text: string): string {
	return stripNumbering(text).replace(/\s+/gu, '');
}
