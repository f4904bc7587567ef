/**
 * Properties of the 文号 and date readers: a 文号 or date generated in any of the forms notices
 * write them reads back as its components, and through the whole parser as its canonical form.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDocNumber } from '../../../src/ingest/extract/header.ts';
import { parseNoticeFile } from '../../../src/ingest/index.ts';
import { DOC_NUMBER } from '../../../src/ingest/segment/patterns.ts';
import { findDates, toIsoDate } from '../../../src/text/dates.ts';

const HAN_DIGITS = '〇一二三四五六七八九';
const pad = (n: number) => String(n).padStart(2, '0');

/** 二〇二六: a year written digit by digit. */
const hanYear = (year: number) => [...String(year)].map((d) => HAN_DIGITS[Number(d)]).join('');
/** 三十一, 十二, 九: a month or day as counted. */
const hanCount = (n: number) => (n < 10 ? HAN_DIGITS[n]! : `${n >= 20 ? HAN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? HAN_DIGITS[n % 10] : ''}`);

const day = fc
	.record({ year: fc.integer({ min: 1990, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
	.filter(({ year, month, day: d }) => d <= new Date(Date.UTC(year, month, 0)).getUTCDate());

/** The forms of a date in notices, with optional PDF spaces in the Chinese ones. */
const writtenDate = fc.tuple(day, fc.integer({ min: 0, max: 5 }), fc.boolean()).map(([date, form, spaced]) => {
	const { year, month, day: d } = date;
	const s = spaced ? ' ' : '';
	const text = [
		`${year}${s}年${s}${month}${s}月${s}${d}${s}日`,
		`${hanYear(year)}年${hanCount(month)}月${hanCount(d)}日`,
		`${year}.${month}.${d}`,
		`${year}-${pad(month)}-${pad(d)}`,
		`${year}/${month}/${d}`,
		`${year}年${pad(month)}月${pad(d)}号`,
	][form]!;
	return { date, text };
});

const issuer = fc.array(fc.constantFrom(...'国标委发市场监管津辽苏浙沪标准办函字'), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const BRACKETS = ['〔〕', '[]', '［］', '()', '（）', '【】'];

/** 文号 in the forms notices use: brackets of every kind, spaces, 第. */
const writtenDocNumber = fc
	.record({ issuer, year: fc.integer({ min: 1990, max: 2099 }), no: fc.integer({ min: 1, max: 9999 }), bracket: fc.constantFrom(...BRACKETS), spaces: fc.boolean(), di: fc.boolean() })
	.map((d) => {
		const s = d.spaces ? ' ' : '';
		const text = `${d.issuer}${s}${d.bracket[0]}${d.year}${d.bracket[1]}${s}${d.di ? '第' : ''}${d.no}${s}号`;
		return { ...d, text, canonical: `${d.issuer}〔${d.year}〕${d.no}号` };
	});

const notice = (docNumber: string, body: string) =>
	['某某市市场监督管理局文件', docNumber, '关于开展标准化试点项目申报工作的通知', '各有关单位：', body, '某某市市场监督管理局', '2026年4月1日'].join('\n');

describe('findDates', () => {
	test('reads back the year, month and day of a date in any written form', () => {
		fc.assert(
			fc.property(writtenDate, fc.constantFrom('', '请于', '截止日期：'), fc.constantFrom('', '前', '前报送。'), ({ date, text }, before, after) => {
				const found = findDates(`${before}${text}${after}`);
				expect(found).toHaveLength(1);
				expect(found[0]).toMatchObject({ ...date, yearly: false, start: before.length, end: before.length + text.length });
				expect(toIsoDate(found[0]!)).toBe(`${date.year}-${pad(date.month)}-${pad(date.day)}`);
			}),
			{ numRuns: 1000 },
		);
	});

	test('gives a deadline of the written date through the whole parser', () => {
		fc.assert(
			fc.property(writtenDate, ({ date, text }) => {
				const [parsed] = parseNoticeFile(Buffer.from(notice('某市监〔2026〕1号', `申报单位请于${text}前报送材料。`)), 'a.txt');
				expect(parsed!.record.deadlines.map((d) => d.date)).toEqual([`${date.year}-${pad(date.month)}-${pad(date.day)}`]);
			}),
			{ numRuns: 200 },
		);
	});
});

describe('formatDocNumber', () => {
	test('reads back the issuer, year and number of a 文号 in any written form', () => {
		fc.assert(
			fc.property(writtenDocNumber, (d) => {
				const found = DOC_NUMBER.exec(`依据${d.text}文件`)?.[1];
				expect(found).toBeDefined();
				const canonical = formatDocNumber(found!);
				const [, issuerRead, year, no] = /^(.+)〔(\d{4})〕(\d+)号$/.exec(canonical) ?? [];
				expect(issuerRead?.endsWith(d.issuer) || d.issuer.endsWith(issuerRead ?? '')).toBe(true);
				expect([Number(year), Number(no)]).toEqual([d.year, d.no]);
			}),
			{ numRuns: 1000 },
		);
	});

	test('gives the canonical 文号 through the whole parser', () => {
		fc.assert(
			fc.property(writtenDocNumber, (d) => {
				const [parsed] = parseNoticeFile(Buffer.from(notice(d.text, '请于2026年6月30日前报送。')), 'a.txt');
				expect(parsed!.record.docNumber).toBe(d.canonical);
			}),
			{ numRuns: 300 },
		);
	});
});
