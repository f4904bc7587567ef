/**
 * Chinese numerals as notices write them: counts (八个, 两个, 十五), years read digit by digit
 * (二〇二六年, 二零二六) and mixed forms (1百). nzh, the best-kept npm package for this, decodes
 * 二〇二六 as 226 and 两 as 0 (measured, v1.0.14), so this small reader is ours.
 */

const DIGITS: Record<string, number> = {
	〇: 0, 零: 0, Ｏ: 0, O: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
	五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 };

/** Characters that can make up a Chinese or Arabic number, for building regular expressions. */
export const NUMBER_CHARS = '0-9〇零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万';

/**
 * Reads a number written in Arabic digits, Chinese numerals or both; null when it is none.
 * @example parseCjkNumber('二十三') // 23
 * @example parseCjkNumber('二〇二六') // 2026
 */
export function parseCjkNumber(value: string): number | null {
	const s = value.trim();
	if (s === '') return null;
	if (/^\d+$/.test(s)) return Number(s);
	if ([...s].every((c) => c in DIGITS || /\d/.test(c))) {
		// No units: a digit-by-digit reading, as in 二〇二六.
		return Number([...s].map((c) => (c in DIGITS ? DIGITS[c] : c)).join(''));
	}
	let total = 0;
	let section = 0;
	let digit: number | null = null;
	for (const c of s) {
		if (c in DIGITS || /\d/.test(c)) {
			digit = c in DIGITS ? DIGITS[c]! : Number(c);
		} else if (c in UNITS) {
			const unit = UNITS[c]!;
			if (unit === 10000) {
				total += (section + (digit ?? 0)) * unit;
				section = 0;
			} else {
				section += (digit ?? 1) * unit;
			}
			digit = null;
		} else {
			return null;
		}
	}
	return total + section + (digit ?? 0);
}
