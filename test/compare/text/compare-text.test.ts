import { describe, expect, test } from 'vitest';
import { compareText } from '../../../src/compare/text/index.ts';
import type { SentencePair, TextRedline } from '../../../src/compare/types.ts';
import { doc } from './doc.ts';

const CONDITIONS = '（一）申报单位应具备独立法人资格。（二）具有标准化工作基础。（三）三年内未发生重大质量安全事故。';
const PROCEDURE = '请于2026年6月30日前报送申报材料。总数不超过8个，同一领域不超过2个。';
const CONTACTS = '联系人：王某，电话010-12345678。材料寄送至北京市海淀区知春路4号。';
const notice = (procedure = PROCEDURE) => `为贯彻落实《国家标准化发展纲要》，现将有关事项通知如下。\n## 一、申报条件\n${CONDITIONS}\n## 二、申报程序\n${procedure}\n## 三、联系方式\n${CONTACTS}`;

const sentences = (redline: TextRedline): SentencePair[] => redline.sections.flatMap((s) => s.sentences);
const changes = (redline: TextRedline) => sentences(redline).filter((p) => p.status !== 'equal');

describe('compareText', () => {
	test('is the only export of src/compare/text', async () => {
		expect(Object.keys(await import('../../../src/compare/text/index.ts'))).toEqual(['compareText']);
	});

	test('returns only equal pairs for identical texts', () => {
		const redline = compareText(doc(notice()), doc(notice()));
		expect(redline.fellBack).toBe(false);
		expect(redline.sections.map((s) => s.status)).toEqual(['equal', 'equal', 'equal', 'equal']);
		expect(changes(redline)).toEqual([]);
		expect(sentences(redline).every((p) => p.a === p.b && p.substantive === false)).toBe(true);
	});

	test('redlines a changed number and nothing else', () => {
		const redline = compareText(doc(notice()), doc(notice(PROCEDURE.replace('不超过8个', '不超过10个'))));
		const [change, ...rest] = changes(redline);
		expect(rest).toEqual([]);
		expect(change).toMatchObject({ status: 'changed', substantive: true });
		expect(change?.parts?.filter((p) => p.removed)).toEqual([{ value: '8个', removed: true }]);
		expect(change?.parts?.filter((p) => p.added)).toEqual([{ value: '10个', added: true }]);
		expect(redline.sections[2]?.status).toBe('changed');
	});

	test('does not count years rolled forward as substantive', () => {
		const [change] = changes(compareText(doc('2025年度试点项目征集工作。'), doc('2026年度试点项目征集工作。')));
		expect(change).toMatchObject({ status: 'changed', substantive: false });
	});

	test('does not count a renumbered item as substantive', () => {
		const redline = compareText(doc('（一）甲。\n（二）具有标准化工作基础。'), doc('（一）乙。\n（三）具有标准化工作基础。'));
		expect(changes(redline).map((p) => [p.status, p.substantive])).toEqual([
			['removed', true],
			['added', true],
			['changed', false],
		]);
	});

	test('reports a moved paragraph as moved under one moveId', () => {
		const moved = '各地应严格把关，确保推荐项目质量。';
		const a = doc(`${notice()}\n${moved}`);
		const b = doc(notice().replace('## 二、申报程序\n', `## 二、申报程序\n${moved}\n`));
		const moves = changes(compareText(a, b));
		expect(moves).toEqual([
			{ status: 'moved', a: null, b: moved, parts: null, substantive: true, moveId: 1 },
			{ status: 'moved', a: moved, b: null, parts: null, substantive: true, moveId: 1 },
		]);
	});

	test('reports a nearly identical sentence moved across sections with its redline', () => {
		const a = doc('## 一、条件\n已承担过试点项目的单位，原则上不能作为承担单位申报本次试点。\n## 二、程序\n报送材料。');
		const b = doc('## 一、条件\n## 二、程序\n报送材料。已承担过试点项目的单位，原则上不能作为承担单位申报本年度试点。');
		const moves = changes(compareText(a, b));
		expect(moves.map((p) => [p.status, p.moveId, p.a !== null])).toEqual([
			['moved', 1, true],
			['moved', 1, false],
		]);
		expect(moves[1]?.parts?.filter((p) => p.added || p.removed).map((p) => p.value)).toEqual(['本次', '本年度']);
	});

	test('reports a section moved to another place as moved on both sides, sentence by sentence', () => {
		const b = doc(notice().replace(/## 三、联系方式\n.*$/u, '').replace('## 一、', `## 一、联系方式\n${CONTACTS}\n## 二、`));
		const redline = compareText(doc(notice()), b);
		const moved = redline.sections.filter((s) => s.status === 'moved');
		expect(moved.map((s) => [s.a?.heading ?? null, s.b?.heading ?? null])).toEqual([
			[null, '一、联系方式'],
			['三、联系方式', null],
		]);
		const ids = moved.map((s) => s.sentences.map((p) => p.moveId));
		expect(ids).toEqual([
			[1, 2],
			[1, 2],
		]);
	});

	test('reports an added section with added sentences', () => {
		const b = notice().replace('## 三、联系方式', '## 三、有关要求\n各地要加强组织领导。\n## 四、联系方式');
		const redline = compareText(doc(notice()), doc(b));
		expect(redline.sections.map((s) => s.status)).toEqual(['equal', 'equal', 'equal', 'added', 'changed']);
		expect(redline.sections[3]).toMatchObject({ a: null, b: { path: ['三、有关要求'] } });
		expect(changes(redline)).toEqual([{ status: 'added', a: null, b: '各地要加强组织领导。', parts: null, substantive: true }]);
	});

	test('replaces whole sentences when the timeout is 0', () => {
		const redline = compareText(doc(notice()), doc(notice(PROCEDURE.replace('8个', '10个'))), { timeout: 0 });
		expect(redline.fellBack).toBe(true);
		const [change, ...rest] = changes(redline);
		expect(rest).toEqual([]);
		expect(change?.parts).toEqual([
			{ value: '总数不超过8个，同一领域不超过2个。', removed: true },
			{ value: '总数不超过10个，同一领域不超过2个。', added: true },
		]);
	});
});
