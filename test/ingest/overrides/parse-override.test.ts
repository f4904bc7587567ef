import { describe, expect, test } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.ts';
import { parseOverride } from '../../../src/ingest/overrides/parse-override.ts';

const refusal = (text: string) => {
	try {
		parseOverride(text, 'content/overrides/a.yaml');
	} catch (error) {
		if (error instanceof IngestError) return error.message;
		throw error;
	}
	return undefined;
};

const ONE = `corrections:
  - field: deadlines[1].date
    expected: "2025-06-15"
    value: "2025-06-30"
    reason: 原文“6月15日”为笔误，发文机关已更正为6月30日
    by: 王某
    date: 2026-11-22
`;

describe('parseOverride', () => {
	test('returns the corrections of a file, dates as strings', () => {
		expect(parseOverride(ONE, 'a.yaml')).toEqual({
			corrections: [
				{ field: 'deadlines[1].date', expected: '2025-06-15', value: '2025-06-30', reason: '原文“6月15日”为笔误，发文机关已更正为6月30日', by: '王某', date: '2026-11-22' },
			],
		});
	});

	test('takes null as what the parser found when it found nothing', () => {
		const text = 'corrections:\n  - field: docNumber\n    expected: null\n    value: 津标〔2025〕5号\n    reason: 原文漏印文号\n';
		expect(parseOverride(text, 'a.yaml').corrections[0]!.expected).toBeNull();
	});

	test.each([
		['corrections:\n  - field: [oops\n', 'content/overrides/a.yaml: bad YAML at line 3, column 1: Flow sequence'],
		['corrections:\n  - field: title\n    field: title\n', 'content/overrides/a.yaml: bad YAML at line 3'],
		['- field: title\n', 'content/overrides/a.yaml: override: '],
		['corrections: []\n', 'content/overrides/a.yaml: corrections: expected at least one correction'],
		['corrections:\n  - field: title\n    expected: a\n    value: b\n', 'content/overrides/a.yaml: corrections.0.reason: '],
		['corrections:\n  - field: title\n    expected: a\n    value: b\n    reason: "  "\n', 'content/overrides/a.yaml: corrections.0.reason: expected a reason'],
		['corrections:\n  - field: title\n    value: b\n    reason: r\n', 'content/overrides/a.yaml: corrections.0.expected: expected the value the parser extracted (null for none)'],
		['corrections:\n  - field: id\n    expected: a\n    value: b\n    reason: r\n', 'content/overrides/a.yaml: corrections.0.field: expected a record field other than id, source, corrections'],
		['corrections:\n  - field: deadline[0]\n    expected: a\n    value: b\n    reason: r\n', 'content/overrides/a.yaml: corrections.0.field: expected a record field'],
		['corrections:\n  - field: deadlines[x]\n    expected: a\n    value: b\n    reason: r\n', 'content/overrides/a.yaml: corrections.0.field: expected a field path like deadlines[0].date'],
		['corrections:\n  - field: title\n    expected: a\n    value: b\n    reason: r\n    note: n\n', 'content/overrides/a.yaml: corrections.0: '],
		['corrections:\n  - field: title\n    expected: a\n    value: b\n    reason: r\n    date: 22.11.2026\n', 'content/overrides/a.yaml: corrections.0.date: expected an ISO date'],
		[
			'corrections:\n  - field: quotas\n    expected: []\n    value: []\n    reason: r\n  - field: quotas[0].max\n    expected: 1\n    value: 2\n    reason: r\n',
			'content/overrides/a.yaml: corrections.0.field: `quotas` and `quotas[0].max` correct the same value',
		],
	])('refuses %j with one line naming the file', (text, message) => {
		const found = refusal(text);
		expect(found).toContain(message);
		expect(found!.split('\n')).toHaveLength(1);
	});
});
