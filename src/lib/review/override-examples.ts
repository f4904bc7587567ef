/**
 * The content/overrides/<id>.yaml examples /review/ shows, one per key fact a notice can lack
 * (src/schemas/key-facts.ts). Kept here, not in the page, so a test can read each one with the
 * ingest's own reader and apply it (test/site/override-examples.test.ts): the page never shows
 * an example that ingest would refuse.
 */
import type { KeyFact } from '../../schemas/key-facts.ts';

/** One example: the fact it supplies and the YAML of the whole file. */
export interface OverrideExample {
	fact: KeyFact;
	yaml: string;
}

/** The deadline the examples' notice already has: a closing-material date, not a submit one. */
const EVALUATE = `      - date: "2025-09-30"
        kind: evaluate
        text: 请建设期满的试点项目承担单位于2025年9月30日前完成自我评价，并将总结材料报送市市场监管局。`;

/** A file per key fact, as a reviewer would write it for a notice that lacks that fact. */
export const OVERRIDE_EXAMPLES: readonly OverrideExample[] = [
	{
		fact: 'title',
		yaml: `corrections:
  - field: title
    expected: null
    value: 关于做好2025年度市级标准化试点项目收尾工作的通知
    reason: 原文网页未载标题，按发文机关网站上的标题补充
`,
	},
	{
		fact: 'issuer',
		yaml: `corrections:
  - field: issuers
    expected: []
    value: [大连市市场监督管理局]
    reason: 原文落款为印章，程序未读出发文机关
`,
	},
	{
		fact: 'submit',
		yaml: `corrections:
  - field: deadlines
    expected:
${EVALUATE}
    value:
${EVALUATE}
      - date: "2025-07-15"
        kind: submit
        text: 请于2025年7月15日前将申报材料报送市市场监管局。
    reason: 申报截止日期载于附件，程序未读出
    by: 王某
    date: "2026-11-22"
`,
	},
	{
		fact: 'contact',
		yaml: `corrections:
  - field: contacts
    expected: []
    value:
      - name: 张某
        role: null
        org: 标准化处
        phones: ["0411-12345678"]
        emails: []
        address: null
        postcode: null
    reason: 联系方式载于发文机关网站的通知页面
`,
	},
];
