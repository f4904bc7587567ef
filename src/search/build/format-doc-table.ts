/**
 * The doc table as its file, docs.bin (layout in ../doc-table.ts): column by column, so gzip sees
 * the bundle numbers, the hex of the page ids and the day numbers each together.
 */
import { gzipSync } from 'node:zlib';
import { ByteWriter } from '../byte-writer.ts';
import { dayNumber } from '../day-number.ts';
import { TABLE_FACETS, type DocTable } from '../doc-table.ts';
import { SIGNATURE } from '../literal-format.ts';

function commonPrefix(texts: readonly string[]): string {
	let prefix = texts[0] ?? '';
	for (const text of texts) while (!text.startsWith(prefix)) prefix = prefix.slice(0, -1);
	return prefix;
}

/** A column of strings: their shared prefix once, then the rest of each. */
function writeStrings(writer: ByteWriter, texts: readonly string[]): void {
	const prefix = commonPrefix(texts);
	writer.string(prefix);
	for (const text of texts) writer.string(text.slice(prefix.length));
}

/**
 * Encode the doc table as docs.bin's bytes (gzipped, signature first).
 * @param table The doc table.
 * @example parseDocTable(await inflateShard(formatDocTable(table), 'docs.bin')) // equal to table
 */
export function formatDocTable(table: DocTable): Uint8Array {
	const writer = new ByteWriter().bytes(new TextEncoder().encode(SIGNATURE)).varint(table.pages.length);
	for (const bundle of table.bundles) writer.varint(bundle);
	writeStrings(writer, table.files);
	// A page id is written only where it is not its file's name (a fragment group's member).
	writeStrings(writer, table.pages.map((id, doc) => (id === table.files[doc] ? '' : id)));
	for (const facet of TABLE_FACETS) {
		writer.varint(table.values[facet].length);
		for (const value of table.values[facet]) writer.string(value);
		for (const indexes of table.facets[facet]) {
			writer.varint(indexes.length);
			for (const index of indexes) writer.varint(index);
		}
	}
	for (const date of table.deadlines) writer.varint(dayNumber(date));
	for (const bound of table.forRecommenders) writer.varint(bound ? 1 : 0);
	return new Uint8Array(gzipSync(writer.finish(), { level: 9 }));
}
