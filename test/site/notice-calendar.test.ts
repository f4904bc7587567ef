import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { deadlineUid, noticeCalendar } from '../../src/lib/deadlines/notice-calendar.ts';
import { noticeIds, readNotice } from '../helpers/read-notice.ts';
import { noticeRecord } from './notice-record.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { deadline } from '../helpers/deadline.ts';

const seeds = noticeIds.map(readNotice);
const options = { name: '标准化试点项目申报截止日期' };

/** The events of a calendar file, read back by ical.js (a strict RFC 5545 parser). */
function readEvents(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return calendar.getAllSubcomponents('vevent').map((vevent) => {
		const event = new ICAL.Event(vevent);
		const rrule = vevent.getFirstPropertyValue('rrule');
		return {
			uid: event.uid,
			start: event.startDate.toString(),
			end: event.endDate.toString(),
			isDate: event.startDate.isDate,
			stamp: vevent.getFirstPropertyValue('dtstamp')?.toString(),
			rrule: rrule instanceof ICAL.Recur ? rrule.toString() : null,
			summary: event.summary,
			description: event.description,
		};
	});
}

describe('noticeCalendar', () => {
	const ics = noticeCalendar(seeds, options);
	const events = readEvents(ics);

	test('holds one all-day event per seed deadline, on its date', () => {
		const expected = seeds.flatMap((notice) =>
			notice.deadlines.map((deadline, index) => ({ uid: deadlineUid(notice.id, index), date: deadline.date })),
		);
		expect(events).toHaveLength(expected.length);
		for (const { uid, date } of expected) {
			const event = events.find((e) => e.uid === uid);
			expect(event, uid).toBeDefined();
			expect(event?.isDate).toBe(true);
			if (!date.startsWith('--')) expect(event?.start).toBe(date);
			else expect(event?.start.slice(4)).toBe(date.slice(1));
		}
		const liaoning = events.find((e) => e.uid === deadlineUid('liaoning-2026-pilot-recommendation', 0));
		expect(liaoning).toMatchObject({ start: '2026-05-20', end: '2026-05-21', rrule: null });
		expect(liaoning?.summary).toBe('辽宁省2026年度：申报截止');
		expect(liaoning?.description).toContain('2026年5月20日前将推荐函');
	});

	test('repeats a yearly deadline every year, over the 建设周期 when it has years', () => {
		const national = events.find((e) => e.uid === deadlineUid('national-2026-pilot-call', 0));
		expect(national).toMatchObject({ start: '2027-11-30', rrule: 'FREQ=YEARLY;COUNT=2' });
		// Liaoning states no 建设周期; its projects are the national 2026 call's, 2027—2028 (issue 15).
		const liaoning = events.find((e) => e.uid === deadlineUid('liaoning-2026-pilot-recommendation', 1));
		expect(liaoning).toMatchObject({ start: '2027-11-30', rrule: 'FREQ=YEARLY;COUNT=2', summary: '辽宁省2026年度：年度报告' });
		// Alone in its own file, it still carries the period of the call it forwards when given every notice.
		const [own] = readEvents(noticeCalendar([readNotice('liaoning-2026-pilot-recommendation')], { ...options, all: seeds })).slice(-1);
		expect(own).toMatchObject({ start: '2027-11-30', rrule: 'FREQ=YEARLY;COUNT=2' });
		const yearly = seeds.flatMap((n) => n.deadlines.filter((d) => d.date.startsWith('--')));
		expect(events.filter((e) => e.rrule?.startsWith('FREQ=YEARLY'))).toHaveLength(yearly.length);
	});

	test('takes the period from the call a notice forwards, not from a notice above it in the chain that it does not forward', () => {
		const call = noticeRecord({ id: 'call', title: '甲委关于征集乙试点项目的通知', jurisdiction: { level: 'national', name: '全国' }, period: { from: 2027, to: 2029 } });
		const report = [{ date: '--11-30', text: '每年11月30日前提交年度总结。' }];
		const forwarding = noticeRecord({ id: 'p', issuedOn: '2026-03-01', forwards: { docNumber: null, title: '甲委关于征集乙试点项目的通知' }, deadlines: report });
		const [carried] = readEvents(noticeCalendar([forwarding], { ...options, all: [call, forwarding] }));
		expect(carried).toMatchObject({ start: '2027-11-30', rrule: 'FREQ=YEARLY;COUNT=3' });
		// Same year and a higher level, but not forwarded: its period is not this notice's.
		const apart = noticeRecord({ ...forwarding, id: 'q', forwards: null });
		const [own] = readEvents(noticeCalendar([apart], { ...options, all: [call, apart] }));
		expect(own).toMatchObject({ start: '2026-11-30', rrule: null });
	});

	test('never repeats without end: n years of a period, once when no period is known', () => {
		const yearly = (id: string, period: NoticeRecord['period']) =>
			noticeRecord({ id, issuedOn: '2026-03-01', period, deadlines: [{ date: '--11-30', text: '每年11月30日前提交年度总结。' }] });
		const [twoYears] = readEvents(noticeCalendar([yearly('a', { years: 2 })], options));
		expect(twoYears).toMatchObject({ start: '2026-11-30', rrule: 'FREQ=YEARLY;COUNT=2' });
		const [unknown] = readEvents(noticeCalendar([yearly('b', null)], options));
		expect(unknown).toMatchObject({ start: '2026-11-30', rrule: null });
		for (const event of events) expect(event.rrule === null || /COUNT=\d+|UNTIL=/u.test(event.rrule), event.uid).toBe(true);
	});

	test('gives the same bytes and UIDs on every run, whatever the time zone', () => {
		const zone = process.env['TZ'];
		try {
			process.env['TZ'] = 'America/Los_Angeles';
			const west = noticeCalendar([...seeds].reverse(), options);
			process.env['TZ'] = 'Asia/Shanghai';
			expect(noticeCalendar(seeds, options)).toBe(west);
			expect(west).toBe(ics);
		} finally {
			if (zone === undefined) delete process.env['TZ'];
			else process.env['TZ'] = zone;
		}
		expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
	});

	test('stamps events with the issue date, or 1 January of the year without one', () => {
		const dated = events.find((e) => e.uid === deadlineUid('national-2026-pilot-call', 1));
		expect(dated?.stamp).toBe('2026-04-09T00:00:00Z');
		const undated = events.find((e) => e.uid === deadlineUid('national-2023-pilot-demonstration', 0));
		expect(undated?.stamp).toBe('2023-01-01T00:00:00Z');
	});

	test('keeps a UID when the date is corrected, so a re-import moves the event', () => {
		const before = noticeRecord({ id: 'x-2026', deadlines: [deadline('2026-05-20', '5月20日前报送')] });
		const after = { ...before, deadlines: [deadline('2026-05-25', '5月25日前报送')] };
		const [one] = readEvents(noticeCalendar([before], options));
		const [two] = readEvents(noticeCalendar([after], options));
		expect(two?.uid).toBe(one?.uid);
		expect([one?.start, two?.start]).toEqual(['2026-05-20', '2026-05-25']);
	});

	test('writes CRLF lines of at most 75 octets and links events when the site is known', () => {
		const site = noticeCalendar(seeds, { ...options, site: new URL('https://example.org') });
		// Every event links to its own notice's page.
		const links = new ICAL.Component(ICAL.parse(site)).getAllSubcomponents('vevent').map((vevent) => [vevent.getFirstPropertyValue('uid'), vevent.getFirstPropertyValue('url')]);
		expect(links).toHaveLength(events.length);
		for (const [uid, url] of links) expect(String(uid)).toMatch(new RegExp(`^${String(url).replace('https://example.org/notices/', '').replace(/\/$/u, '')}-deadline-\\d+@`, 'u'));
		for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
		expect(ics).not.toContain('URL');
	});
});
