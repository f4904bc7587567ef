/**
 * A notice written in traditional characters gives the record of its simplified original. The
 * traditional versions are made here from the seeds with the table in
 * test/fixtures/traditional/simplified-to-traditional.json (every simplified character of the seeds
 * that ICU's Hans-Hant transliterator changes, `uconv -x Hans-Hant`): 标准化试点 → 標準化試點,
 * 关于 → 關於, 载明 → 載明, 后 → 後, 征集 → 徵集.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../src/ingest/index.ts';
import { normalizeText } from '../../src/ingest/normalize/index.ts';
import { createMappedText } from '../../src/ingest/normalize/mapped-text.ts';
import { traditionalChars } from '../../src/ingest/normalize/traditional-chars.ts';
import { treeToMdx } from '../../src/ingest/serialize/tree-to-mdx.ts';

const SOURCES = join(import.meta.dirname, '../../content/sources');
const TABLE = JSON.parse(
	readFileSync(join(import.meta.dirname, '../fixtures/traditional/simplified-to-traditional.json'), 'utf8'),
) as Record<string, string>;
const toTraditional = (text: string) => [...text].map((c) => TABLE[c] ?? c).join('');
const seeds = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort();

/** Records without `source`, which names the bytes. */
const recordsOf = (text: string) =>
	parseNoticeFile(Buffer.from(text), 'notice.txt').map(({ record: { source: _, ...rest } }) => rest);

describe('traditionalChars', () => {
	const convert = (text: string) => traditionalChars(createMappedText(text)).text;

	test('returns simplified text for a traditional one', () => {
		expect(convert('關於組織開展標準化試點項目申報工作的通知')).toBe('关于组织开展标准化试点项目申报工作的通知');
	});

	test('reads 著 as written in 著作, 顯著 and as 着 in 本著, 接著', () => {
		expect(convert('請於截止日期前載明著作權與顯著成效，本著公開原則，接著報送。')).toBe(
			'请于截止日期前载明著作权与显著成效，本着公开原则，接着报送。',
		);
	});

	test('leaves a simplified text that quotes a traditional name alone', () => {
		const text =
			'关于开展标准化试点项目申报工作的通知。各有关单位：请于2026年6月30日前将申报材料报送我局，' +
			'并在单位显著位置张贴公示。联系人：鄧國華，联系电话：010-12345678。';
		expect(convert(text)).toBe(text);
	});

	test('keeps the length and the map, so offsets still point into the source', () => {
		const mapped = traditionalChars(createMappedText('關於標準化試點'));
		expect(mapped.text).toHaveLength(7);
		expect([...mapped.sources]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
	});

	test('decides the same on the normalized text, whose page marks are gone', () => {
		// 3 traditional-only characters in 29 Han characters: over a tenth without the page marks,
		// under it with them; the page marks must not count, or a second pass would convert.
		const text = `关于开展标准化试点项目申报工作的通知鄧國華请于六月底前报送\n${'第3页\n'.repeat(20)}`;
		const once = normalizeText(text).text;
		expect(once).toContain('邓国华');
		expect(normalizeText(once).text).toBe(once);
	});

	test('is idempotent', () => {
		const once = normalizeText(toTraditional(readFileSync(join(SOURCES, seeds[0]!), 'utf8')));
		expect(normalizeText(once.text).text).toBe(once.text);
	});
});

describe('parseNoticeFile', () => {
	test.each(seeds)('gives the record of the simplified %s for its traditional version', (seed) => {
		const simplified = readFileSync(join(SOURCES, seed), 'utf8');
		const traditional = toTraditional(simplified);
		expect(traditional).not.toBe(simplified);
		expect(recordsOf(traditional)).toEqual(recordsOf(simplified));
	});

	test('writes the same MDX body for the traditional version', () => {
		const simplified = readFileSync(join(SOURCES, seeds[0]!), 'utf8');
		const body = (text: string) => treeToMdx(parseNoticeFile(Buffer.from(text), 'notice.txt')[0]!).split('\n---\n')[1];
		expect(body(toTraditional(simplified))).toBe(body(simplified));
	});
});
