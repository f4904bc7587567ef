/**
 * Corrections through `npm run ingest`: applied to the record they name, kept by every re-ingest,
 * and refused loudly (one line naming the override file, nothing written) when stale, malformed
 * or meant for a notice that does not exist.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SEED = 'tianjin-2025-pilot-call.txt';
const ID = 'tianjin-2025-municipal-pilot-recommendation';

const OVERRIDE = `# 天津市2025年通知：国家试点自评截止日期
corrections:
  - field: deadlines[1].date
    expected: "2025-06-15"
    value: "2025-06-30"
    reason: 发文机关来函更正：国家试点项目自评截止日期为6月30日
    by: 王某
    date: 2026-11-22
`;

function ingest(content: string, ...args: string[]) {
	const r = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A content folder with the seed as its only source and the given override files. */
function setup(overrides: Record<string, string>): string {
	const content = mkdtempSync(join(tmpdir(), 'overrides-'));
	for (const dir of ['sources', 'notices', 'overrides']) mkdirSync(join(content, dir));
	cpSync(join(ROOT, 'content/sources', SEED), join(content, 'sources', SEED));
	for (const [name, text] of Object.entries(overrides)) writeFileSync(join(content, 'overrides', name), text);
	return content;
}

const mdx = (content: string) => readFileSync(join(content, 'notices', `${ID}.mdx`), 'utf8');
const frontmatter = (text: string, key: string) => JSON.parse(/^(\w+): (.*)$/m.exec(text.split('\n').find((l) => l.startsWith(`${key}: `))!)![2]!);

describe('ingest with content/overrides', () => {
	test('applies a correction and records its field and reason', () => {
		const content = setup({ [`${ID}.yaml`]: OVERRIDE });
		expect(ingest(content).code).toBe(0);
		const text = mdx(content);
		expect(frontmatter(text, 'deadlines')[1].date).toBe('2025-06-30');
		expect(frontmatter(text, 'corrections')).toEqual([{ field: 'deadlines[1].date', reason: '发文机关来函更正：国家试点项目自评截止日期为6月30日' }]);
		expect(text).toContain('<Fact ids="deadline-1" kind="deadline">');
	});

	test('keeps the correction on every re-ingest, writing nothing new', () => {
		const content = setup({ [`${ID}.yaml`]: OVERRIDE });
		ingest(content);
		const before = mdx(content);
		const again = ingest(content);
		expect(again.stdout).toContain('0 written');
		expect(mdx(content)).toBe(before);
		expect(ingest(content, '--check').code).toBe(0);
		expect(ingest(content, join(content, 'sources', SEED)).code).toBe(0);
		expect(mdx(content)).toBe(before);
	});

	test('fails when the correction no longer matches what the parser extracts, and writes nothing', () => {
		const content = setup({});
		ingest(content);
		const before = mdx(content);
		writeFileSync(join(content, 'overrides', `${ID}.yaml`), OVERRIDE.replace('expected: "2025-06-15"', 'expected: "2025-06-10"'));
		const r = ingest(content);
		expect(r.code).toBe(1);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain(`overrides/${ID}.yaml: stale correction of \`deadlines[1].date\`: the parser now extracts "2025-06-15"`);
		expect(mdx(content)).toBe(before);
		expect(ingest(content, '--check').code).toBe(1);
	});

	test('fails on bad YAML, naming the file and the line', () => {
		const content = setup({ [`${ID}.yaml`]: OVERRIDE.replace('    reason:', '   reason:') });
		const r = ingest(content);
		expect(r.code).toBe(1);
		expect(r.stderr.trim()).toMatch(new RegExp(`overrides/${ID}\\.yaml: bad YAML at line 6`));
		expect(readdirSync(join(content, 'notices'))).toEqual([]);
	});

	test('fails on an override for an unknown notice', () => {
		const content = setup({ 'tianjin-2025-pilot-call.yaml': OVERRIDE });
		const r = ingest(content);
		expect(r.code).toBe(1);
		expect(r.stderr.trim()).toMatch(/overrides\/tianjin-2025-pilot-call\.yaml: no notice has the id `tianjin-2025-pilot-call`/);
		expect(readdirSync(join(content, 'notices'))).toEqual([]);
	});
});
