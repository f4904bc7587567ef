import { describe, expect, test } from 'vitest';
import { wordLists } from '../../../../src/ingest/read/doc/word-lists.ts';

/** An LVL: LVLF (start, MSONFC, no grpprls) then its label, the level numbers as characters 0–8. */
function lvl(start: number, nfc: number, label: string): Buffer {
	const lvlf = Buffer.alloc(28);
	lvlf.writeInt32LE(start, 0);
	lvlf.writeUInt8(nfc, 4);
	const text = Buffer.from(label, 'utf16le');
	const length = Buffer.alloc(2);
	length.writeUInt16LE(label.length);
	return Buffer.concat([lvlf, length, text]);
}

/** A table stream holding one list (lsid 77) of `levels` and two overrides of it; and its FIB. */
function tables(levels: Buffer[], simple = false) {
	const plfLst = Buffer.alloc(2 + 28);
	plfLst.writeInt16LE(1, 0);
	plfLst.writeInt32LE(77, 2);
	plfLst.writeUInt8(simple ? 1 : 0, 2 + 26);
	const plfLfo = Buffer.alloc(4 + 16 * 2);
	plfLfo.writeInt32LE(2, 0);
	plfLfo.writeInt32LE(77, 4);
	plfLfo.writeInt32LE(77, 20);
	const lvls = Buffer.concat(levels);
	const table = Buffer.concat([plfLst, lvls, plfLfo]);
	const fib = Buffer.alloc(0x2f2);
	fib.writeUInt32LE(0, 0x2e2);
	fib.writeUInt32LE(plfLst.length, 0x2e6);
	fib.writeUInt32LE(plfLst.length + lvls.length, 0x2ea);
	fib.writeUInt32LE(plfLfo.length, 0x2ee);
	return { fib, table };
}

describe('wordLists', () => {
	test('reads each override\'s list: formats, labels with %N for the level numbers, starts', () => {
		const levels = [lvl(1, 37, '\u0000、'), lvl(1, 37, '（\u0001）'), lvl(3, 0, '\u0002.'), ...Array.from({ length: 6 }, () => lvl(1, 23, '•'))];
		const { fib, table } = tables(levels);
		const lists = wordLists(fib, table);
		expect([...lists.keys()]).toEqual([1, 2]);
		expect(lists.get(1)!.list).toBe('77');
		expect(lists.get(2)!.list).toBe('77');
		expect([...lists.get(1)!.levels.values()].slice(0, 4)).toEqual([
			{ format: 'chineseCounting', text: '%1、', start: 1 },
			{ format: 'chineseCounting', text: '（%2）', start: 1 },
			{ format: 'decimal', text: '%3.', start: 3 },
			{ format: 'bullet', text: '•', start: 1 },
		]);
	});

	test('reads one level for a simple list', () => {
		const { fib, table } = tables([lvl(1, 4, '\u0000)')], true);
		expect([...wordLists(fib, table).get(1)!.levels]).toEqual([[0, { format: 'lowerLetter', text: '%1)', start: 1 }]]);
	});

	test('gives no lists for a file without list tables', () => {
		expect(wordLists(Buffer.alloc(0x2f2), Buffer.alloc(0)).size).toBe(0);
	});
});
