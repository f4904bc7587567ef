/**
 * The form in which two units count as the same: what a renumbering or re-spacing leaves alone.
 */

/**
 * A unit's words without spacing, for exact matching; the outline number is not passed in (it is
 * ingest's data, or the splitter's for an inlined item).
 * @param words A sentence or numbered item without its outline number.
 * @example normalizeUnit(' 联系电话： 6035 0927') // '联系电话：60350927'
 */
export function normalizeUnit(words: string): string {
	return words.replace(/\s+/gu, '');
}
