/**
 * The doc table as its file, docs.bin (layout in ../doc-table.ts): column by column, so gzip sees
 * the value indexes of each facet and the day numbers each together.
 */
import { gzipSync } from 'node:zlib';
import { ByteWriter } from '../byte-writer.ts';
import { dayNumber } from '../day-number.ts';
import { TABLE_FACETS, type DocTable } from '../doc-table.ts';
import { SIGNATURE } from '../literal-format.ts';

/**
 * Encode the doc table as docs.bin's bytes (gzipped, signature first).
 * @param table The doc table.
 * @example parseDocTable(await inflateShard(formatDocTable(table), 'docs.bin')) // equal to table
 */
export function formatDocTable(table: DocTable): Uint8Array {
	const writer = new ByteWriter().bytes(new TextEncoder().encode(SIGNATURE)).varint(table.count);
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
