import { describe, expect, it } from 'vitest';
import { onePath, propsKey, recordKey, sharedKey } from '../../src/lib/build/cache-key.ts';
import { noticeRecord } from './notice-record.ts';

describe('recordKey', () => {
	it('is the same for equal records and differs when any field does', () => {
		const a = noticeRecord({ id: 'liaoning-2026' });
		expect(recordKey(a)).toBe(recordKey(noticeRecord({ id: 'liaoning-2026' })));
		expect(recordKey(a)).not.toBe(recordKey({ ...a, title: '关于开展2026年标准化试点申报的通知（修订）' }));
		expect(recordKey(a)).not.toBe(recordKey({ ...a, issuedOn: '2026-03-01' }));
	});

	it('keys a list by its records in order', () => {
		const [a, b] = [noticeRecord({ id: 'a' }), noticeRecord({ id: 'b' })];
		expect(propsKey([a, b].map(recordKey))).not.toBe(propsKey([b, a].map(recordKey)));
	});
});

describe('propsKey', () => {
	it('keys records inside props by their content, wherever they sit', () => {
		const a = noticeRecord({ id: 'a' });
		const group = (record: typeof a) => ({ slug: 'tianjin-shi', notices: [{ record, index: 0 }] });
		expect(propsKey(group(a))).toBe(propsKey(group(noticeRecord({ id: 'a' }))));
		expect(propsKey(group(a))).not.toBe(propsKey(group({ ...a, issuedOn: '2026-03-01' })));
		expect(propsKey(group(a))).not.toBe(propsKey({ ...group(a), slug: 'tianjin' }));
	});
});

describe('onePath', () => {
	it('names its one path after the file and keys it on the records it renders, in order', () => {
		const [a, b] = [noticeRecord({ id: 'a' }), noticeRecord({ id: 'b' })];
		const [path] = onePath('calendar', { records: [a, b] });
		expect(path?.params).toEqual({ calendar: 'calendar' });
		expect(path?.props.records).toEqual([a, b]);
		expect(path?.cacheKey).toBe(onePath('calendar', { records: [noticeRecord({ id: 'a' }), noticeRecord({ id: 'b' })] })[0]?.cacheKey);
		expect(path?.cacheKey).not.toBe(onePath('calendar', { records: [b, a] })[0]?.cacheKey);
		expect(path?.cacheKey).not.toBe(onePath('calendar', { records: [a, { ...b, title: '关于开展2026年标准化试点申报的通知（修订）' }] })[0]?.cacheKey);
	});
});

describe('sharedKey', () => {
	it('stands for a shared value by its content, so keys change with it', () => {
		const taxonomy = [{ id: 'carbon', name: '碳达峰碳中和', aliases: ['双碳'] }];
		const same = [{ id: 'carbon', name: '碳达峰碳中和', aliases: ['双碳'] }];
		const renamed = [{ id: 'carbon', name: '碳达峰碳中和', aliases: ['双碳', '低碳'] }];
		expect(sharedKey(taxonomy)).toBe(sharedKey(taxonomy));
		expect(sharedKey(taxonomy)).toEqual(sharedKey(same));
		expect(sharedKey(taxonomy)).not.toEqual(sharedKey(renamed));
		const key = (t: object) => propsKey({ id: 'a', taxonomy: sharedKey(t) });
		expect(key(taxonomy)).toBe(key(same));
		expect(key(taxonomy)).not.toBe(key(renamed));
	});
});
