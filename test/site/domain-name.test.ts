import { describe, expect, test } from 'vitest';
import { normalizeDomainName } from '../../src/lib/domain-name.ts';

describe('normalizeDomainName', () => {
	test('strips a trailing 领域', () => {
		expect(normalizeDomainName('农业农村领域')).toBe('农业农村');
	});

	test('strips 领域专项 whole', () => {
		expect(normalizeDomainName('司法行政领域专项')).toBe('司法行政');
	});

	test('strips 方面', () => {
		expect(normalizeDomainName('服务业方面')).toBe('服务业');
	});

	test('keeps a name without suffix', () => {
		expect(normalizeDomainName('农业农村')).toBe('农业农村');
	});

	test('strips only the end', () => {
		const name = '科技创新领域、制造业领域';
		expect(normalizeDomainName(name)).toBe('科技创新领域、制造业');
	});

	test('keeps a name that is only a suffix', () => {
		expect(normalizeDomainName('领域')).toBe('领域');
	});
});
