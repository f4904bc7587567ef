/**
 * remarkNoticeJurisdiction: the place comes from the issuer's name; a name several places share
 * is told apart by the places the notice names, else kept without a parent and reported.
 */
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { Block } from '../../../src/ingest/extract/blocks.ts';
import { remarkNoticeJurisdiction } from '../../../src/ingest/extract/jurisdiction.ts';
import type { NoticeRecord } from '../../../src/schemas/notice.ts';
import { parseText } from '../../helpers/parse-text.ts';

const title = (issuer: string) => `${issuer}关于开展2026年度标准化试点工作的通知\n各有关单位：\n`;

/** Runs the plugin alone on an issuer and the notice's text, returning the place and messages. */
function run(issuers: string[], text: string) {
	const file = new VFile();
	file.data.notice = { issuers, title: null };
	file.data.blocks = text.split('\n').map((line) => ({ text: line }) as Block);
	remarkNoticeJurisdiction()({ type: 'root', children: [] }, file);
	return { jurisdiction: file.data.notice.jurisdiction, messages: file.messages.map(String) };
}

describe('remarkNoticeJurisdiction', () => {
	test('reads the place and its parent from the issuer in the title', () => {
		expect(parseText('正文。', title('辽宁省沈阳市和平区市场监督管理局')).jurisdiction).toEqual({ level: 'district', name: '和平区', parent: '沈阳市' });
	});
	test('tells a shared district name apart by the city the notice names', () => {
		const r = parseText('请于2026年5月1日前报送。\n联系地址：沈阳市和平区某某路1号。', title('和平区市场监督管理局'));
		expect(r.jurisdiction).toEqual({ level: 'district', name: '和平区', parent: '沈阳市' });
		expect(run(['和平区市场监督管理局'], '天津市和平区某某路2号').jurisdiction).toEqual({ level: 'district', name: '和平区', parent: '天津市' });
	});
	test('keeps a shared name without a parent, with a message, when the notice does not tell', () => {
		const { jurisdiction, messages } = run(['鼓楼区市场监督管理局'], '各有关单位：请于5月1日前报送。');
		expect(jurisdiction).toEqual<NoticeRecord['jurisdiction']>({ level: 'district', name: '鼓楼区', parent: null });
		expect(messages).toEqual(['1:1: 鼓楼区 names places in 南京市、徐州市、福州市、开封市 and the notice does not say which: no parent']);
	});
	test('keeps a shared name without a parent when the notice names both cities', () => {
		expect(run(['和平区市场监督管理局'], '学习天津市、沈阳市的经验。').jurisdiction?.parent).toBeNull();
	});
	test('does not read a title clause as a place name', () => {
		expect(run(['关于转发市市场监管委'], '').jurisdiction).toEqual({ level: 'national', name: '全国', parent: null });
	});
	test('takes the second issuer when the first names no place', () => {
		expect(run(['某某标准化协会', '沈阳市市场监督管理局'], '').jurisdiction).toEqual({ level: 'municipal', name: '沈阳市', parent: '辽宁省' });
	});
	test('falls back to the place the text points to, else national with a message', () => {
		expect(run([], '为推动辽宁省标准化工作。')).toEqual({ jurisdiction: { level: 'provincial', name: '辽宁省', parent: null }, messages: [] });
		expect(run([], '各区市场监管局：\n为推动南通市标准化工作。').jurisdiction).toEqual({ level: 'municipal', name: '南通市', parent: '江苏省' });
		expect(run([], '各有关单位：').messages).toEqual(['1:1: no jurisdiction found in the issuers or the text; assuming national']);
	});
});
