import { describe, expect, test } from 'vitest';
import { partyRoutes } from '../../src/lib/applicant/party-routes.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';

const contact = (address: string | null, postcode: string | null = null): NoticeRecord['contacts'][number] => ({
	name: '某某',
	role: null,
	org: null,
	phones: ['024-12345678'],
	emails: ['a@example.cn'],
	address,
	postcode,
});
const route: NoticeRecord['submission'] = {
	systems: [{ name: '某某管理信息系统', url: 'https://x.example.cn/', text: '登录某某管理信息系统填报。' }],
	emails: [{ address: 'apply@example.cn', text: '电子版发送至apply@example.cn。' }],
	paper: { required: true, copies: [2], text: '纸质材料一式两份。' },
	electronic: { text: '电子版发送至apply@example.cn。' },
	via: null,
};

describe('partyRoutes', () => {
	test('gives a company the whole route to the issuer when the notice addresses companies', () => {
		expect(partyRoutes({ submission: route, contacts: [contact('某市某路1号', '110000')] }, false)).toEqual({
			applicant: [
				'线上：某某管理信息系统（https://x.example.cn/）',
				'邮箱：apply@example.cn',
				'纸质材料一式2份',
				'另附电子版',
				'纸质材料寄送地址：某市某路1号（邮编110000）',
			],
			recommender: null,
		});
	});

	test('tells a company to hand its application to its bureau, and gives the issuer’s mailbox and address to the bureau', () => {
		const submission = { ...route, via: { body: '各市市场监管局', text: '报送至各市市场监管局。' } };
		const routes = partyRoutes({ submission, contacts: [contact('沈阳市某路55号')] }, true);
		expect(routes.applicant).toEqual(['交给：各市市场监管局', '线上：某某管理信息系统（https://x.example.cn/）']);
		expect(routes.recommender).toEqual([
			'线上：某某管理信息系统（https://x.example.cn/）',
			'邮箱：apply@example.cn',
			'纸质材料一式2份',
			'另附电子版',
			'纸质材料寄送地址：沈阳市某路55号',
		]);
	});

	test('names the local bureau in general when the notice names no body', () => {
		const routes = partyRoutes({ submission: { ...route, systems: [] }, contacts: [] }, true);
		expect(routes.applicant).toEqual(['交给：所在地的推荐单位']);
	});

	test('gives no mailing address when paper is not asked for, and each address once', () => {
		const contacts = [contact('某市某路1号'), contact('某市某路1号'), contact(null)];
		expect(partyRoutes({ submission: { ...route, paper: null }, contacts }, false).applicant).not.toContain('纸质材料寄送地址：某市某路1号');
		const paper = partyRoutes({ submission: route, contacts }, false).applicant;
		expect(paper.filter((line) => line.startsWith('纸质材料寄送地址'))).toEqual(['纸质材料寄送地址：某市某路1号']);
	});
});
