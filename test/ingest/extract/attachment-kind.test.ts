/** An attachment's kind, read from the end of its title, on short titles written for the test. */
import { describe, expect, test } from 'vitest';
import { attachmentKind } from '../../../src/ingest/extract/attachment-kind.ts';
import { parseText } from '../../helpers/parse-text.ts';

describe('attachmentKind', () => {
	test('returns the document kind at the end of a title, gloss dropped', () => {
		expect(attachmentKind('关于推荐某某项目的函（示例）')).toBe('函');
		expect(attachmentKind('某某试点项目自评表')).toBe('自评表');
		expect(attachmentKind('某某项目汇总表(样表)')).toBe('汇总表');
	});

	test('returns one kind for two names of one document', () => {
		expect(attachmentKind('某某项目申请书')).toBe('申报书');
		expect(attachmentKind('某某系统操作指南')).toBe('指南');
	});

	test('returns an empty kind for an unknown ending', () => {
		expect(attachmentKind('某某项目汇编')).toBe('');
	});
});

describe('remarkNoticeAttachments', () => {
	test('writes each attachment’s kind, null when its title ends in no known kind', () => {
		const body = '一、有关要求\n请按时报送。\n附件：1.某某项目申请书\n2.某某项目汇总表\n3.某某项目汇编\n';
		expect(parseText(body).attachments).toEqual([
			{ no: 1, title: '某某项目申请书', kind: '申报书' },
			{ no: 2, title: '某某项目汇总表', kind: '汇总表' },
			{ no: 3, title: '某某项目汇编', kind: null },
		]);
	});
});
