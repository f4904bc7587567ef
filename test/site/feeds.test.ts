/**
 * Feeds and calendars of a fixture build, parsed back: /feed.xml with a feed parser
 * (@rowanmanning/feed-parser, which reads RSS and Atom as readers do), the per-place and
 * per-domain feeds, the per-place calendar with ical.js; every HTML page advertises the site's
 * feed with <link rel="alternate">, a place or domain page its own too (issue 15).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, useFixtureBuild } from '../helpers/build-site.ts';
import { readNoticeFile } from '../helpers/read-notice.ts';

const site = useFixtureBuild();
const SITE = 'https://pilot-notices.invalid';
const notices = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => readNoticeFile(join(FIXTURES, file)));
const url = (id: string) => `${SITE}/notices/${id}/`;

const feed = (path: string) => parseFeed(site.read(path));
const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/gu)].map((m) => m[1]);

describe('feeds', () => {
	test('/feed.xml holds every notice, newest first, with its title, issuer, main deadline and link', () => {
		const parsed = feed('feed.xml');
		expect(parsed.title).toBe('标准化试点项目申报通知');
		expect(parsed.items.map((item) => item.url).sort()).toEqual(notices.map((n) => `${SITE}/notices/${n.id}/`).sort());
		const national = parsed.items.find((item) => item.url?.endsWith('/national-2026-pilot-call/'));
		expect(national?.title).toBe('国家标准委关于征集2026年度国家标准化试点项目的通知');
		// 6月30日 binds the provincial bureaus (请省级标准化行政主管部门…上传): said so.
		expect(national?.description).toBe('发文机关：国家标准化管理委员会。截止日期：推荐截止 2026年6月30日。');
		const dates = parsed.items.map((item) => item.published?.toISOString() ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('a place feed holds its own notices and those of the places below it; 全国 holds all', () => {
		// 大连市's notice (parent 辽宁省) is in 辽宁省's feed; 大连市's feed has only its own.
		expect(feed('feeds/places/liaoning-sheng.xml').items.map((item) => item.url).sort()).toEqual([url('dalian-2025-closing-materials'), url('liaoning-2026-pilot-recommendation')]);
		expect(feed('feeds/places/liaoning-sheng-dalian-shi.xml').items.map((item) => item.url)).toEqual([url('dalian-2025-closing-materials')]);
		expect(feed('feeds/places/quanguo.xml').items).toHaveLength(notices.length);
	});

	test('a domain feed holds the notices that name the domain', () => {
		const urls = feed('feeds/domains/agriculture.xml').items.map((item) => item.url);
		expect(urls.length).toBeGreaterThan(0);
		const naming = notices.filter((n) => n.domains.some((d) => d.name.startsWith('农业')));
		expect(urls.sort()).toEqual(naming.map((n) => `${SITE}/notices/${n.id}/`).sort());
	});

	test('pages advertise the site feed, and a place or domain page its own', () => {
		expect(alternates(site.read('index.html'))).toEqual(['/feed.xml']);
		expect(alternates(site.read('notices/national-2026-pilot-call/index.html'))).toEqual(['/feed.xml']);
		expect(alternates(site.read('jurisdictions/liaoning-sheng/index.html'))).toEqual(['/feed.xml', '/feeds/places/liaoning-sheng.xml']);
		expect(alternates(site.read('domains/agriculture/index.html'))).toEqual(['/feed.xml', '/feeds/domains/agriculture.xml']);
		for (const href of alternates(site.read('domains/agriculture/index.html'))) expect(existsSync(join(site.out, href ?? ''))).toBe(true);
	});
});

describe('per-place calendar', () => {
	test('lists the deadlines of the place, each event linking to its notice page', () => {
		const calendar = new ICAL.Component(ICAL.parse(site.read('calendars/places/liaoning-sheng.ics')));
		const events = calendar.getAllSubcomponents('vevent');
		const within = notices.filter((n) => n.jurisdiction.name === '辽宁省' || n.jurisdiction.parent === '辽宁省');
		expect(within.map((n) => n.id).sort()).toEqual(['dalian-2025-closing-materials', 'liaoning-2026-pilot-recommendation']);
		expect(events).toHaveLength(within.reduce((sum, n) => sum + n.deadlines.length, 0));
		expect(events.map((event) => event.getFirstPropertyValue('url')).sort()).toEqual(within.flatMap((n) => n.deadlines.map(() => url(n.id))).sort());
		const place = site.read('jurisdictions/liaoning-sheng/index.html');
		expect(place).toContain('href="/calendars/places/liaoning-sheng.ics"');
	});
});
