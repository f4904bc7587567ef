/**
 * The numbered paragraphs of an old Word (.doc) file. word-extractor reads the text but not the
 * paragraph properties that number it; this extends its extractor to read, for each paragraph of
 * the main text, the list it is in and its level (sprmPIlfo, sprmPIlvl in its PAPX, [MS-DOC]
 * 2.9.175 PapxFkp) and the lists themselves (word-lists.ts), and labels them as Word draws them.
 */
import { createRequire } from 'node:module';
import { listLabeler, type NumberedParagraph } from '../docx/numbering.ts';
import { wordLists } from './word-lists.ts';

/** A piece of the text as word-extractor keeps it: where it is in the file and in the text. */
interface Piece {
	text: string;
	startCp: number;
	startFilePos: number;
	endFilePos: number;
	bpc: number;
}

interface WordDocument {
	getBody(options?: { filterUnicode?: boolean }): string;
}

interface OleExtractor {
	_pieces: Piece[];
	_boundaries: { ccpText: number };
	extract(reader: unknown): Promise<WordDocument>;
	writeParagraphProperties(buffer: Buffer, table: Buffer): void;
}

// word-extractor's own modules (it ships no types and exports only its facade).
const require = createRequire(import.meta.url);
const WordOleExtractor = require('word-extractor/lib/word-ole-extractor.js') as new () => OleExtractor;
const BufferReader = require('word-extractor/lib/buffer-reader.js') as new (buffer: Buffer) => { open(): Promise<unknown>; close(): Promise<unknown> };

const FC_PLCF_BTE_PAPX = 0x102;
const LCB_PLCF_BTE_PAPX = 0x106;
const SPRM_P_ILVL = 0x260a;
const SPRM_P_ILFO = 0x460b;

/** The ilfo and ilvl a PAPX's sprms set ([MS-DOC] 2.2.5.1: the operand size from spra). */
function listOf(grpprl: Buffer): { ilfo: number; ilvl: number } {
	let [ilfo, ilvl] = [0, 0];
	for (let at = 2; at + 2 <= grpprl.length; ) {
		const sprm = grpprl.readUInt16LE(at);
		at += 2;
		if (sprm === SPRM_P_ILFO && at + 2 <= grpprl.length) ilfo = grpprl.readInt16LE(at);
		if (sprm === SPRM_P_ILVL && at < grpprl.length) ilvl = grpprl.readUInt8(at);
		const spra = sprm >> 13;
		at += [1, 1, 2, 4, 2, 2, at < grpprl.length ? grpprl.readUInt8(at) + 1 : 1, 3][spra]!;
	}
	return { ilfo, ilvl };
}

/** The text between two file positions, and where it starts in the text (its CP). */
function textAt(pieces: Piece[], from: number, to: number): { text: string; cp: number } {
	let [text, cp] = ['', Infinity];
	for (const piece of pieces) {
		const [lo, hi] = [Math.max(from, piece.startFilePos), Math.min(to, piece.endFilePos)];
		if (lo >= hi) continue;
		const start = (lo - piece.startFilePos) / piece.bpc;
		text += piece.text.substring(start, (hi - piece.startFilePos) / piece.bpc);
		cp = Math.min(cp, piece.startCp + start);
	}
	return { text, cp };
}

class NumberingExtractor extends WordOleExtractor {
	paragraphs: NumberedParagraph[] = [];

	override writeParagraphProperties(buffer: Buffer, table: Buffer): void {
		super.writeParagraphProperties(buffer, table);
		const lists = wordLists(buffer, table);
		const found: { text: string; cp: number; ilfo: number; ilvl: number }[] = [];
		const [fc, lcb] = [buffer.readUInt32LE(FC_PLCF_BTE_PAPX), buffer.readUInt32LE(LCB_PLCF_BTE_PAPX)];
		const count = (lcb - 4) / 8;
		for (let i = 0; i < count; i++) {
			const page = buffer.subarray(table.readUInt32LE(fc + (count + 1) * 4 + i * 4) * 512).subarray(0, 512);
			const runs = page.readUInt8(511);
			for (let j = 0; j < runs; j++) {
				const at = page.readUInt8((runs + 1) * 4 + j * 13) * 2;
				if (at === 0) continue;
				const cb = page.readUInt8(at);
				const grpprl = cb !== 0 ? page.subarray(at + 1, at + 2 * cb) : page.subarray(at + 2, at + 2 + 2 * page.readUInt8(at + 1));
				const { text, cp } = textAt(this._pieces, page.readUInt32LE(j * 4), page.readUInt32LE((j + 1) * 4));
				if (cp < this._boundaries.ccpText) found.push({ text, cp, ...listOf(grpprl) });
			}
		}
		const label = listLabeler();
		this.paragraphs = found
			.sort((a, b) => a.cp - b.cp)
			.map(({ text, ilfo, ilvl }) => ({ text, label: label(lists.get(ilfo)?.list, lists.get(ilfo)?.levels, ilvl) }));
	}
}

/**
 * The body text of a .doc (as word-extractor gives it) and its paragraphs with their labels.
 * @param buffer The file.
 */
export async function readWordParagraphs(buffer: Buffer): Promise<{ body: string; paragraphs: NumberedParagraph[] }> {
	const reader = new BufferReader(buffer);
	await reader.open();
	try {
		const extractor = new NumberingExtractor();
		const document = await extractor.extract(reader);
		return { body: document.getBody({ filterUnicode: false }), paragraphs: extractor.paragraphs };
	} finally {
		await reader.close();
	}
}
