/**
 * The list definitions of an old Word (.doc) file, read from its table stream ([MS-DOC] 2.9.150
 * PlfLst, 2.9.149 LVL, 2.9.151 PlfLfo): for each list format override (the `ilfo` a paragraph
 * names) the levels of its list, as docx/numbering.ts's levels: number format, label text with
 * `%1`…`%9` for the level numbers, start value.
 */
import type { Level } from '../docx/numbering.ts';

/** FIB offsets in the WordDocument stream: fcPlfLst, lcbPlfLst, fcPlfLfo ([MS-DOC] 2.5.6). */
const FC_PLF_LST = 0x2e2;
const LCB_PLF_LST = 0x2e6;
const FC_PLF_LFO = 0x2ea;
const LCB_PLF_LFO = 0x2ee;

/** MSONFC values ([MS-OSHARED] 2.2.1.3) by their ST_NumberFormat names. */
const FORMATS: Readonly<Record<number, string>> = {
	0: 'decimal', 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter', 14: 'decimalFullWidth',
	18: 'decimalEnclosedCircle', 19: 'decimalFullWidth', 23: 'bullet', 28: 'decimalEnclosedCircleChinese',
	30: 'ideographTraditional', 37: 'chineseCounting', 38: 'chineseLegalSimplified', 39: 'chineseCountingThousand', 255: 'none',
};

/** One LVL at `at`: its level and where the next one starts. */
function readLevel(table: Buffer, at: number): { level: Level; next: number } {
	const start = table.readInt32LE(at);
	const format = FORMATS[table.readUInt8(at + 4)] ?? 'decimal';
	const [chpx, papx] = [table.readUInt8(at + 24), table.readUInt8(at + 25)];
	const xst = at + 28 + papx + chpx;
	const length = table.readUInt16LE(xst);
	// In the label, the characters 0–8 stand for the numbers of levels 1–9.
	const text = table.toString('utf16le', xst + 2, xst + 2 + 2 * length).replace(/[\u0000-\u0008]/g, (c) => `%${c.charCodeAt(0) + 1}`);
	return { level: { format, text, start }, next: xst + 2 + 2 * length };
}

/** A list format override: the list it numbers in (its lsid) and that list's levels. */
export interface WordList {
	list: string;
	levels: Map<number, Level>;
}

/**
 * Each list format override, by its 1-based index (`ilfo`): paragraphs of overrides of one list
 * count on from each other, as Word numbers them.
 * @param fib The WordDocument stream (its FIB gives where the tables are).
 * @param table The table stream (0Table or 1Table).
 */
export function wordLists(fib: Buffer, table: Buffer): Map<number, WordList> {
	const lists = new Map<number, Map<number, Level>>();
	const [fcLst, lcbLst] = [fib.readUInt32LE(FC_PLF_LST), fib.readUInt32LE(LCB_PLF_LST)];
	if (lcbLst >= 2) {
		const count = table.readInt16LE(fcLst);
		// The LVLs follow the PlfLst: 9 per list, 1 for a simple list.
		let at = fcLst + lcbLst;
		for (let i = 0; i < count; i++) {
			const lstf = fcLst + 2 + 28 * i;
			const levels = new Map<number, Level>();
			for (let ilvl = 0; ilvl < (table.readUInt8(lstf + 26) & 1 ? 1 : 9); ilvl++) {
				const { level, next } = readLevel(table, at);
				levels.set(ilvl, level);
				at = next;
			}
			lists.set(table.readInt32LE(lstf), levels);
		}
	}
	const overrides = new Map<number, WordList>();
	const [fcLfo, lcbLfo] = [fib.readUInt32LE(FC_PLF_LFO), fib.readUInt32LE(LCB_PLF_LFO)];
	if (lcbLfo >= 4) {
		for (let i = 0; i < table.readInt32LE(fcLfo); i++) {
			const lsid = table.readInt32LE(fcLfo + 4 + 16 * i);
			const levels = lists.get(lsid);
			if (levels) overrides.set(i + 1, { list: String(lsid), levels });
		}
	}
	return overrides;
}
