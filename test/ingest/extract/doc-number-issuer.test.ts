import { describe, expect, test } from 'vitest';
import { docNumberIssuer } from '../../../src/ingest/extract/doc-number-issuer.ts';

describe('docNumberIssuer', () => {
	test.each([
		['国标委发〔2022〕35号', '国家标准化管理委员会'],
		['国标委办服务〔2021〕12号', '国家标准化管理委员会办公室'],
		['工信厅科函〔2023〕165号', '工业和信息化部办公厅'],
	])('returns the issuer of %s', (doc, issuer) => {
		expect(docNumberIssuer(doc)).toBe(issuer);
	});

	test('returns null for a local prefix, and for no 文号', () => {
		expect(docNumberIssuer('常市监标〔2021〕37号')).toBeNull();
		expect(docNumberIssuer(null)).toBeNull();
	});
});
