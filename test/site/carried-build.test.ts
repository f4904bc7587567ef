/**
 * A forwarded call's facts carry down (issue 13, point 4), as built from test/fixtures/site:
 * Liaoning 2026 forwards national 2026 and shows the call's 2027—2028 and 司法行政、民政 专项 as
 * 沿用上级通知, linked to their sentences there; national 2026 → Liaoning reports neither as removed.
 */
import { describe, expect, test } from 'vitest';
import { useFixtureBuild } from '../helpers/build-site.ts';

const site = useFixtureBuild();
const NATIONAL = 'national-2026-pilot-call';
const LIAONING = 'liaoning-2026-pilot-recommendation';
const page = (path: string) => site.read(`${path}/index.html`);
const text = (html: string) => html.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');

/** The HTML of one fact card, by its kind (`period`, `domain`). */
function card(html: string, kind: string): string {
	const start = html.indexOf(`id="card-${kind}"`);
	expect(start, `card-${kind}`).toBeGreaterThan(-1);
	return html.slice(start, html.indexOf('</section>', start));
}

/** The list items of a card's HTML. */
const items = (html: string) => [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/gu)].map((m) => m[1] ?? '');
const mark = (anchor: string) => new RegExp(`<a class="carried" href="/notices/${NATIONAL}/#${anchor}"[^>]*>沿用上级通知</a>`, 'u');

describe('Liaoning 2026 notice page', () => {
	// Read when a test runs: the build runs in beforeAll, after describe bodies are collected.
	const liaoning = () => page(`notices/${LIAONING}`);

	test('shows the national call’s period, 2027—2028, as 沿用上级通知, linked to its sentence', () => {
		const period = card(liaoning(), 'period');
		expect(text(period)).toContain('2027年—2028年 沿用上级通知');
		expect(period).toMatch(mark('period-0'));
		expect(period).toContain(`aria-label="沿用上级通知：国家标准委关于征集2026年度国家标准化试点项目的通知"`);
	});

	test('shows the 司法行政、民政 专项 as 沿用上级通知 after its own six domains', () => {
		const domains = items(card(liaoning(), 'domain'));
		expect(domains).toHaveLength(8);
		expect(domains.slice(0, 6).map((li) => text(li).trim().split(' ')[0])).toEqual([
			'农业农村', '消费品', '高新技术', '服务业', '基本公共服务', '社会管理与公共服务',
		]);
		expect(text(domains[6] ?? '')).toContain('司法行政领域专项 沿用上级通知 重点方向： 行政复议');
		expect(domains[6]).toMatch(mark('domain-6'));
		expect(text(domains[7] ?? '')).toContain('民政领域专项 沿用上级通知 重点方向： 普惠养老');
		expect(domains[7]).toMatch(mark('domain-7'));
	});

	test('marks the call’s focus items in a domain it names without them', () => {
		const [farming = ''] = items(card(liaoning(), 'domain'));
		expect(text(farming)).toContain('重点方向： 高标准农田管护');
		expect(farming).toMatch(mark('domain-0'));
	});

	test('names the call it carries out among its particulars, linked to the sentence and to the call', () => {
		const html = liaoning();
		const meta = html.slice(html.indexOf('class="notice-meta"'), html.indexOf('</dl>', html.indexOf('class="notice-meta"')));
		const row = /<dt>落实的上级通知<\/dt>\s*<dd>([\s\S]*?)<\/dd>/u.exec(meta)?.[1] ?? '';
		expect(text(row)).toContain('《国家标准委关于征集2026年度国家标准化试点项目的通知》（国标委发〔2026〕23号）');
		expect(row).toMatch(/<a class="fact-link" href="#forward-0"[^>]*>/u);
		expect(row).toContain(`href="/notices/${NATIONAL}/"`);
		// The anchor it links to marks the sentence that names the call, in the full text.
		const anchor = /<mark class="fact"[^>]*data-kind="forward"[^>]*>\s*<span id="forward-0"[^>]*><\/span>([^<]*)<\/mark>/u.exec(html);
		expect(anchor?.[1]).toBe('按照《国家标准委关于征集2026年度国家标准化试点项目的通知》（国标委发〔2026〕23号）');
	});

	test('carries nothing it restates: its conditions are its own', () => {
		expect(card(liaoning(), 'condition')).not.toContain('沿用上级通知');
	});
});

describe('national 2026 notice page', () => {
	test('shows no carried fact and no call it carries out: it forwards none', () => {
		expect(page(`notices/${NATIONAL}`)).not.toContain('class="carried"');
		expect(page(`notices/${NATIONAL}`)).not.toContain('落实的上级通知');
	});
});

describe('national 2026 → Liaoning comparison page', () => {
	const html = () => page(`compare/${NATIONAL}/${LIAONING}`);
	const summaryOf = () => /<p class="cmp-summary">([^<]*)<\/p>/u.exec(html())?.[1] ?? '';

	test('reports neither the 专项 nor the period as removed', () => {
		const summary = summaryOf();
		expect(summary).not.toContain('取消领域');
		expect(summary).not.toContain('不再规定建设周期');
		const removed = [...html().matchAll(/data-status="removed"[^>]*>[\s\S]*?<\/li>/gu)].map((m) => text(m[0]));
		expect(removed.filter((li) => /司法行政领域|民政领域|建设周期/u.test(li))).toEqual([]);
	});

	/** The HTML of one facet's section on the compare page (`domains`, `quotas`). */
	const facet = (name: string) => {
		const start = html().indexOf(`id="cmp-${name}"`);
		expect(start, `cmp-${name}`).toBeGreaterThan(-1);
		return html().slice(start, html().indexOf('</section>', start));
	};

	test('marks the 专项 and the period in the facet lists as 沿用上级通知, linked to their sentences in the call', () => {
		const domains = items(facet('domains'));
		const special = domains.filter((li) => /司法行政领域专项|民政领域专项/u.test(li));
		expect(special).toHaveLength(2);
		expect(special[0]).toMatch(mark('domain-6'));
		expect(special[1]).toMatch(mark('domain-7'));
		// Its own six domains are not marked.
		expect(domains.filter((li) => li.includes('class="carried"'))).toHaveLength(2);
		expect(facet('period')).toMatch(mark('period-0'));
	});

	test('lists the call’s 总数 and 同一领域 caps as carried, not 删去', () => {
		const quotas = facet('quotas');
		const removed = [...quotas.matchAll(/<li[^>]*data-status="removed"[^>]*>[\s\S]*?<\/li>/gu)].map((m) => text(m[0]));
		expect(removed).toEqual([]);
		const carried = items(quotas).filter((li) => li.includes('class="carried"'));
		expect(carried.map((li) => text(li).trim())).toEqual([
			'总数 ：各地方应结合特色产业和优势领域择优推荐备选试点项目，总数不超8个 沿用上级通知',
			'同一领域 ：同一领域不超2个 沿用上级通知',
		]);
		expect(carried[0]).toMatch(mark('quota-0'));
		expect(carried[1]).toMatch(mark('quota-1'));
	});

	test('summarizes what Liaoning tightens and what it leaves as the call has it', () => {
		expect(summaryOf()).toBe(
			'收紧：推荐截止日期由6月30日提前至5月20日，名额限为省（中）直有关部门、沈阳、大连不超过2个、其他地区不超过1个；' +
				'附件新增2个、删除1个；联系人新增1人、删除1人；' +
				'沿用上级通知：司法行政、民政领域，6个领域的重点方向，建设周期2027年—2028年',
		);
	});

	test('publishes the effective facts to the picker', () => {
		const doc = JSON.parse(site.read(`data/compare/${LIAONING}.json`)) as { facts: { period: unknown } };
		expect(doc.facts.period).toEqual({ value: { from: 2027, to: 2028 }, from: NATIONAL, at: 0 });
	});
});
