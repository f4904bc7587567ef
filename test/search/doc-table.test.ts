/**
 * The doc table's file (docs.bin): what formatDocTable writes, parseDocTable reads back whole, and
 * dates that would not survive the day-number form are refused at build time.
 */
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDocTable } from '../../src/search/build/format-doc-table.ts';
import { dayDate, dayNumber } from '../../src/search/day-number.ts';
import type { DocTable } from '../../src/search/doc-table.ts';
import { SIGNATURE } from '../../src/search/literal-format.ts';
import { inflateShard } from '../../src/search/query/inflate-shard.ts';
import { parseDocTable } from '../../src/search/query/parse-doc-table.ts';

const table: DocTable = {
	count: 3,
	values: { region: ['全国', '辽宁省'], level: ['国家级', '省级'], year: ['2025', '2026'], domain: ['农业农村', '消费品'] },
	facets: {
		region: [[0], [1], [1]],
		level: [[0], [1], []],
		year: [[1], [1], [0]],
		domain: [[0, 1], [], [1]],
	},
	deadlines: ['2026-06-30', null, '2024-02-29'],
	// The first notice's date binds the recommending bureaus (推荐截止).
	forRecommenders: [true, false, false],
};

const roundTrip = async (t: DocTable) => parseDocTable(await inflateShard(formatDocTable(t), 'docs.bin'));

describe('formatDocTable and parseDocTable', () => {
	test('read back the table they wrote, missing dates included', async () => {
		expect(await roundTrip(table)).toEqual(table);
	});

	test('write a gzipped file that starts with the literal index signature', () => {
		const inflated = gunzipSync(formatDocTable(table));
		expect(inflated.subarray(0, SIGNATURE.length).toString()).toBe(SIGNATURE);
	});

	test('read back values that share their start, and deadlines that go back and forth', async () => {
		const places: DocTable = {
			...table,
			count: 4,
			values: { ...table.values, region: ['辽宁省', '辽宁省沈阳市', '辽宁省沈阳市和平区', '辽阳市'] },
			facets: { region: [[2], [0], [3], [1]], level: [[0], [1], [1], [1]], year: [[0], [1], [1], [0]], domain: [[], [0], [1], [0, 1]] },
			deadlines: ['2026-06-30', '2025-01-01', null, '2026-07-01'],
			forRecommenders: [false, false, false, true],
		};
		expect(await roundTrip(places)).toEqual(places);
	});

	test('read back an empty table', async () => {
		const empty: DocTable = { count: 0, values: { region: [], level: [], year: [], domain: [] }, facets: { region: [], level: [], year: [], domain: [] }, deadlines: [], forRecommenders: [] };
		expect(await roundTrip(empty)).toEqual(empty);
	});

	test('read back any table of real dates', async () => {
		const date = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
		const row = fc.record({ deadline: fc.option(date), recommenders: fc.boolean(), region: fc.nat(1), domains: fc.uniqueArray(fc.nat(1), { maxLength: 2 }) });
		await fc.assert(
			fc.asyncProperty(fc.array(row, { maxLength: 30 }), async (rows) => {
				const t: DocTable = {
					count: rows.length,
					values: table.values,
					facets: { region: rows.map((r) => [r.region]), level: rows.map(() => [1]), year: rows.map(() => [0]), domain: rows.map((r) => r.domains) },
					deadlines: rows.map((r) => r.deadline),
					forRecommenders: rows.map((r) => r.recommenders),
				};
				expect(await roundTrip(t)).toEqual(t);
			}),
			{ numRuns: 50 },
		);
	});

	test('throws on a file with bytes after the last column', async () => {
		const bytes = await inflateShard(formatDocTable(table), 'docs.bin');
		expect(() => parseDocTable(Uint8Array.of(...bytes, 0))).toThrow(/docs\.bin/u);
	});
});

describe('dayNumber and dayDate', () => {
	test('count days from 1970-01-01 as 1, and 0 for no date', () => {
		expect([dayNumber(null), dayNumber('1970-01-01'), dayNumber('1970-02-01'), dayNumber('2026-05-20')]).toEqual([0, 1, 32, 20594]);
		expect([dayDate(0), dayDate(1), dayDate(32), dayDate(20594)]).toEqual([null, '1970-01-01', '1970-02-01', '2026-05-20']);
	});

	test('refuse what is not a calendar date', () => {
		for (const bad of ['2026-02-30', '2026-5-20', '未载明', '1969-12-31']) expect(() => dayNumber(bad), bad).toThrow(/Cannot store the date/u);
	});
});
