/**
 * docs.bin's inflated bytes (signature removed, `inflateShard`) back into the doc table; the
 * reverse of build/format-doc-table.ts.
 */
import { ByteReader } from '../byte-reader.ts';
import { dayDate } from '../day-number.ts';
import { TABLE_FACETS, type DocTable } from '../doc-table.ts';

/** The reverse of format-doc-table.ts's zigzag: 0, 1, 2, 3, … → 0, −1, 1, −2, … */
const unzigzag = (n: number) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);

const times = <T>(count: number, read: () => T): T[] => Array.from({ length: count }, read);

/**
 * Decode the doc table.
 * @param bytes docs.bin inflated, without the signature.
 * @example parseDocTable(bytes).deadlines[0] // '2026-06-30'
 */
export function parseDocTable(bytes: Uint8Array): DocTable {
	const reader = new ByteReader(bytes);
	const count = reader.varint();
	const values = {} as DocTable['values'];
	const facets = {} as DocTable['facets'];
	for (const facet of TABLE_FACETS) {
		let previous = '';
		values[facet] = times(reader.varint(), () => (previous = previous.slice(0, reader.varint()) + reader.string()));
		facets[facet] = times(count, () => times(reader.varint(), () => reader.varint()));
	}
	let last = 0;
	const deadlines = times(count, () => {
		const coded = reader.varint();
		if (coded === 0) return null;
		last += unzigzag(coded - 1);
		return dayDate(last);
	});
	const forRecommenders = times(count, () => reader.varint() === 1);
	if (!reader.done) throw new Error('Cannot read the doc table `docs.bin`, expected it to end after the deadlines\' party column');
	return { count, values, facets, deadlines, forRecommenders };
}
