/**
 * Rule: full-width digits (０-９) become ASCII, and so do the full-width marks that are part
 * of a number: ．／－： between two digits (２０２６．５, １／１０, １０：３０) and ％ after one.
 * A full-width mark next to only one digit is left alone: in `１．申报` it is list numbering,
 * which the segmenter reads as it comes, so the result is `1．申报`, not `1.申报`.
 */
import { replaceMapped, type MappedText } from './mapped-text.ts';

const TO_ASCII: Readonly<Record<string, string>> = {
	'．': '.',
	'／': '/',
	'－': '-',
	'：': ':',
	'％': '%',
};

// Lookbehinds see the text before this rule, so `２．５` works although ２ is replaced in the
// same pass; each lookaround reads one character, which keeps the pass linear.
const NUMBER_PART = /[０-９]|(?<=[0-9０-９])[．／－：](?=[0-9０-９])|(?<=[0-9０-９])％/g;

/**
 * Turns full-width digits, and the full-width marks inside or after a number, into ASCII.
 * @param mapped Text with its map.
 * @returns The text with ASCII numbers.
 * @example
 * fullwidthDigits(createMappedText('２０２６．５，１０％')).text // '2026.5，10%'
 */
export function fullwidthDigits(mapped: MappedText): MappedText {
	return replaceMapped(mapped, NUMBER_PART, ([character]) => {
		return TO_ASCII[character] ?? String.fromCharCode(character.charCodeAt(0) - 0xfee0);
	});
}
