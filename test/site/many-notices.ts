/**
 * Many synthetic records, spread like the corpus the site must carry: 13 programme years, a
 * national call or two a year, about 31 provinces and hundreds of cities and districts, two dated
 * deadlines each (many on the same last day of a month) and some yearly ones. Deterministic.
 */
import type { Level, NoticeRecord } from '../../src/schemas/notice.ts';
import { noticeRecord } from './notice-record.ts';

const YEARS = 13;
const FIRST_YEAR = 2018;
const DOMAINS = ['农业农村', '农业', '高新技术', '制造业', '消费品', '国际标准化', '智慧养老'];

const levelOf = (i: number): Level => (i < 2 ? 'national' : i < 33 ? 'provincial' : i < 300 ? 'municipal' : 'district');
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `count` records, numbered in order within each year.
 * @example manyNotices(10_000).length // 10000
 */
export function manyNotices(count: number): NoticeRecord[] {
	return Array.from({ length: count }, (_, i) => {
		const year = FIRST_YEAR + (i % YEARS);
		const n = Math.floor(i / YEARS);
		const level = levelOf(n);
		const month = 3 + (n % 9);
		return noticeRecord({
			id: `place${n}-${year}`,
			year,
			issuedOn: `${year}-${pad(month)}-${pad(1 + (n % 28))}`,
			jurisdiction: { level, name: level === 'national' ? '全国' : `地区${n}` },
			domains: DOMAINS.filter((_, d) => (n + d) % 3 !== 0).map((name) => ({ name, focus: [] })),
			deadlines: [
				{ date: `${year}-${pad(month + 1)}-${n % 4 === 0 ? '30' : pad(1 + (n % 28))}`, text: '报送申报材料' },
				{ date: `${year + 1}-0${1 + (n % 6)}-15`, text: '提交验收材料' },
				...(n % 5 === 0 ? [{ date: '--11-30', text: '每年11月底前提交年度工作总结' }] : []),
			],
		});
	});
}
