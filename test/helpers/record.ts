/**
 * A minimal valid record for the comparison's unit tests. It builds on the site tests' builder,
 * so both stay checked by NoticeSchema and cannot drift from the contract.
 */
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { noticeRecord, type NoticeRecordInput } from '../site/notice-record.ts';

/**
 * A record with only the given fields set.
 * @param overrides Fields to set; the id defaults to `test-notice`.
 * @example record({ deadlines: [{ date: '2026-06-30', text: '6月30日前报送' }] })
 */
export function record(overrides: NoticeRecordInput = {}): NoticeRecord {
	return noticeRecord({ id: 'test-notice', ...overrides });
}
