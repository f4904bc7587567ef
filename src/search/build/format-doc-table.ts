/**
 * The doc table as its file, docs.bin (layout in ../doc-table.ts): column by column, so gzip sees
 * the value indexes of each facet and the day numbers each together.
 */
import { gzipSync } from 'node:zlib';
import { ByteWriter } from '../byte-writer.ts';
import { dayNumber } from '../day-number.ts';
import { TABLE_FACETS, type DocTable } from '../doc-table.ts';
import { SIGNATURE } from '../literal-format.ts';

/** A signed integer as an unsigned one: 0, −1, 1, −2, … → 0, 1, 2, 3, … */
const zigzag = (n: number) => (n < 0 ? -2 * n - 1 : 2 * n);

/**
 * Encode the doc table as docs.bin's bytes (gzipped, signature first).
 * @param table The doc table.
 * @example parseDocTable(await inflateShard(formatDocTable(table), 'docs.bin')) // equal to table
 */
export function formatDocTable(table: DocTable): Uint8Array {
	const writer = new ByteWriter().bytes(new TextEncoder().encode(SIGNATURE)).varint(table.count);
	for (const facet of TABLE_FACETS) {
		writer.varint(table.values[facet].length);
		// Front-coded: sorted place names share their province's or city's name with the one before.
		let previous = '';
		for (const value of table.values[facet]) {
			let shared = 0;
			while (shared < value.length && shared < previous.length && value[shared] === previous[shared]) shared++;
			writer.varint(shared).string(value.slice(shared));
			previous = value;
		}
		for (const indexes of table.facets[facet]) {
			writer.varint(indexes.length);
			for (const index of indexes) writer.varint(index);
		}
	}
	// Notice numbers follow 成文日期, so a deadline is near the one before: each is written as its
	// distance from the last dated one, zigzagged, plus one; 0 is no date.
	let last = 0;
	for (const date of table.deadlines) {
		const day = dayNumber(date);
		writer.varint(day === 0 ? 0 : zigzag(day - last) + 1);
		if (day !== 0) last = day;
	}
	for (const bound of table.forRecommenders) writer.varint(bound ? 1 : 0);
	return new Uint8Array(gzipSync(writer.finish(), { level: 9 }));
}
