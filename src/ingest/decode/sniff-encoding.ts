/**
 * Encodings a byte order mark or the NUL pattern of UTF-16 names for sure. Everything else is
 * left to strict decoding in `decodeText`, which tries UTF-8 and then GB18030.
 */

/** An encoding found before decoding, and how many leading bytes (the BOM) to skip. */
export interface SniffedEncoding {
	/** WHATWG encoding label for `TextDecoder`. */
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
	/** Length of the byte order mark, 0 when the encoding was guessed from NUL bytes. */
	bomLength: number;
	/** Whether a byte order mark named the encoding (true) or the NUL pattern suggested it. */
	fromBom: boolean;
}

// UTF-32 LE starts with FF FE 00 00 as well; TextDecoder cannot read it and the NULs it leaves
// in the text make `isBinaryText` refuse it, so it needs no case of its own.
const BOMS: readonly (readonly [SniffedEncoding['encoding'], readonly number[]])[] = [
	['utf-8', [0xef, 0xbb, 0xbf]],
	['utf-16le', [0xff, 0xfe]],
	['utf-16be', [0xfe, 0xff]],
];

/**
 * Names the encoding of `bytes` when a BOM or the NUL pattern of BOM-less UTF-16 shows it.
 * @param bytes The raw file.
 * @returns The encoding and BOM length, or `undefined` when only trial decoding can tell.
 * @example
 * sniffEncoding(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e]))
 * // { encoding: 'utf-16le', bomLength: 2, fromBom: true }
 */
export function sniffEncoding(bytes: Uint8Array): SniffedEncoding | undefined {
	for (const [encoding, bom] of BOMS) {
		if (bom.every((byte, index) => bytes[index] === byte)) {
			return { encoding, bomLength: bom.length, fromBom: true };
		}
	}
	return sniffUtf16(bytes);
}

/**
 * Guesses BOM-less UTF-16 from where its NUL bytes sit. ASCII (newlines, digits, spaces) in UTF-16
 * has a zero high byte, so NULs pile up at odd indices (LE) or even ones (BE). A Chinese notice is
 * only 11-20% ASCII (its line breaks and digits: measured on the seeds), so a fiftieth is asked
 * for; UTF-8 and GB18030 never hold a NUL, so this cannot take one of them for UTF-16. UTF-16 with
 * no ASCII at all (one line of Chinese only) has no NULs and is not caught; it needs a BOM.
 */
function sniffUtf16(bytes: Uint8Array): SniffedEncoding | undefined {
	// Most files hold no NUL at all: one native scan settles that before counting by parity.
	if (bytes.length < 2 || bytes.length % 2 !== 0 || bytes.indexOf(0) === -1) return undefined;
	let evenNuls = 0;
	let oddNuls = 0;
	for (let index = 0; index < bytes.length; index++) {
		if (bytes[index] !== 0) continue;
		if (index % 2 === 0) evenNuls++;
		else oddNuls++;
	}
	const units = bytes.length / 2;
	// At least a fiftieth of the code units are ASCII, and nearly all NULs sit on one side.
	if (oddNuls >= units / 50 && evenNuls * 10 <= oddNuls) {
		return { encoding: 'utf-16le', bomLength: 0, fromBom: false };
	}
	if (evenNuls >= units / 50 && oddNuls * 10 <= evenNuls) {
		return { encoding: 'utf-16be', bomLength: 0, fromBom: false };
	}
	return undefined;
}
