/**
 * Encodes text as GBK/GB18030 for tests. Node's TextEncoder writes only UTF-8, so the two-byte
 * table is built once by decoding every GBK byte pair with the platform's GB18030 decoder.
 */
let table: Map<string, number[]> | undefined;

function gbkTable(): Map<string, number[]> {
	if (table) return table;
	table = new Map();
	const decoder = new TextDecoder('gb18030');
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const character = decoder.decode(new Uint8Array([lead, trail]));
			if (character.length === 1 && character !== '\ufffd' && !table.has(character)) table.set(character, [lead, trail]);
		}
	}
	return table;
}

/**
 * Encodes text in GB18030's one- and two-byte forms (ASCII and GBK).
 * @param text Text whose every character is ASCII or in GBK.
 * @returns The bytes.
 * @throws {RangeError} For a character outside GBK (its four-byte form is not needed here).
 * @example encodeGb18030('中文') // Uint8Array [0xd6, 0xd0, 0xce, 0xc4]
 */
export function encodeGb18030(text: string): Uint8Array {
	const bytes: number[] = [];
	for (const character of text) {
		if (character.charCodeAt(0) < 0x80) bytes.push(character.charCodeAt(0));
		else {
			const pair = gbkTable().get(character);
			if (!pair) throw new RangeError(`Cannot encode \`${character}\` in GBK, expected a GBK character`);
			bytes.push(...pair);
		}
	}
	return new Uint8Array(bytes);
}
