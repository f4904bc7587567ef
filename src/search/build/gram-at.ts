/**
 * A gram of the corpus units as a string, without spreading a typed array for the short ones.
 */

/**
 * The `length` units at `start` as a string.
 * @param units The corpus units.
 * @param start First unit.
 * @param length Number of units.
 * @example gramAt(Uint16Array.of(0x6807, 0x51c6), 0, 2) // '标准'
 */
export function gramAt(units: Uint16Array, start: number, length: number): string {
	if (length === 2) return String.fromCharCode(units[start] ?? 0, units[start + 1] ?? 0);
	if (length === 3) return String.fromCharCode(units[start] ?? 0, units[start + 1] ?? 0, units[start + 2] ?? 0);
	return String.fromCharCode(...units.subarray(start, start + length));
}
