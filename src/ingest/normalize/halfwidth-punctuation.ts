/**
 * Rule: ASCII punctuation that PDF and web extraction put in Chinese text becomes full-width,
 * so later stages match one form: `联系人:王某,李某` → `联系人：王某，李某`, `(三)` → `（三）`.
 * Runs before pdf-spaces, which then drops the space after the new `）` or `：`.
 */
import { characterKind, characterKindBefore, type CharacterKind } from './character-kind.ts';
import { replaceMapped, type MappedText } from './mapped-text.ts';

const FULL_WIDTH: Readonly<Record<string, string>> = {
	':': '：',
	',': '，',
	';': '；',
	'?': '？',
	'!': '！',
	'(': '（',
	')': '）',
};

// A URL is matched first and kept whole, so the marks of its query never change. It is ASCII
// (a Chinese path is percent-encoded), so `（http://a.cn）下载` ends before `）`, and it does not
// end in punctuation: `http://a.cn,请` ends before the comma, which becomes `，`.
// E-mail addresses need no guard: none of these marks can occur in one.
const URL = String.raw`(?:https?|ftp)://[!-~]*[\w/#=&%+~-]`;
const PAIR = new RegExp(String.raw`${URL}|\(([^()\n]*)\)`, 'g');
// A run of marks is one unit (`王某,:`), so its second mark is not left for a second pass.
const MARK = new RegExp(String.raw`${URL}|([:,;?!]+)`, 'g');
const PARENTHESIS = /[()]/g;
const HAN = /\p{Script=Han}/u;
const NUMBER = /^\d{1,3}$/;
const INDENT = /[ \t\u00a0\u3000]/;

/**
 * Turns `:` `,` `;` `?` `!` next to a Han character or full-width punctuation into `：，；？！`,
 * and a `(…)` pair into `（…）` when its content has a Han character or it is a `(1)` numbering
 * at a line start. `10:30`, `1,000`, `(ESG)`, `(2025)` mid-line and URLs stay as they are.
 * @param mapped Text with its map.
 * @returns The text with full-width punctuation in Chinese context.
 * @example
 * halfwidthPunctuation(createMappedText('(三) 联系人:王某')).text // '（三） 联系人：王某'
 */
export function halfwidthPunctuation(mapped: MappedText): MappedText {
	// Parentheses first: `(三):` has its colon after a full-width `）` only once the pair changed.
	return replaceMapped(convertPairs(mapped), MARK, (match) => {
		const marks = match[1];
		if (marks === undefined) return match[0]; // a URL
		const before = characterKindBefore(match.input, match.index);
		const after = characterKind(match.input, match.index + marks.length);
		if (!isChinese(before) && !isChinese(after)) return marks;
		return [...marks].map((mark) => FULL_WIDTH[mark] ?? mark).join('');
	});
}

/** Converts `(…)` pairs that hold Han text or are a `(1)` numbering at a line start. */
function convertPairs(mapped: MappedText): MappedText {
	const converted = new Set<number>();
	for (const match of mapped.text.matchAll(PAIR)) {
		const content = match[1];
		if (content === undefined) continue; // a URL
		if (HAN.test(content) || (NUMBER.test(content) && isAtLineStart(match.input, match.index))) {
			converted.add(match.index);
			converted.add(match.index + content.length + 1);
		}
	}
	if (converted.size === 0) return mapped;
	return replaceMapped(mapped, PARENTHESIS, (match) =>
		converted.has(match.index) ? (FULL_WIDTH[match[0]] ?? match[0]) : match[0],
	);
}

function isChinese(kind: CharacterKind): boolean {
	return kind === 'han' || kind === 'punctuation';
}

/** Whether only indentation stands between `index` and the start of its line. */
function isAtLineStart(text: string, index: number): boolean {
	let start = index;
	while (start > 0 && INDENT.test(text.charAt(start - 1))) start--;
	return start === 0 || text.charAt(start - 1) === '\n';
}
