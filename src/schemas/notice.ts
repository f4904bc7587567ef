/**
 * The one schema of a notice record (../shared/notice-record.md is the contract it implements).
 * The content collection, `npm run parse`, ingest and the site all read records through it.
 * It imports nothing from `astro:*`, so plain Node scripts and vitest can load it.
 */
import { z } from 'astro/zod';
import { ISO_DATE, MONTH_DAY } from '../text/date-patterns.ts';

/**
 * Version of the record shape; bumped when a field changes meaning. 2: optional `corrections`.
 * 3: `deadlines[].kind`, `programmes`, `jurisdiction.parent`; later, without a bump (records
 * gained fields and lost none): `deadlines[].party`, `submission`, `materials`.
 */
export const NOTICE_SCHEMA_VERSION = 3;

/** 层级: the administrative level of the issuing body. 直辖市 (天津市, 上海市) are `provincial`. */
export const LevelSchema = z.enum(['national', 'provincial', 'municipal', 'district']);

/**
 * 截止事项: what a deadline is for. `submit`: hand in or recommend applications for this call
 * (申报/推荐/报送申报材料); `report`: periodic reports during the project (年度工作总结, 中期评估);
 * `evaluate`: self-evaluation, acceptance or closing material (自评报告, 验收, 总结材料); `other`.
 */
export const DeadlineKindSchema = z.enum(['submit', 'report', 'evaluate', 'other']);

/**
 * 责任方: who must act. `applicant` is the 申报单位 (the company, school or body that applies);
 * `recommender` is the 推荐单位 (a lower bureau or department that collects, reviews and recommends
 * applications up to the issuer).
 */
export const PartySchema = z.enum(['applicant', 'recommender']);

/** A calendar date, `2026-06-30`. */
export const IsoDateSchema = z
	.string()
	.regex(ISO_DATE, 'expected an ISO date like 2026-06-30');

/** A date that recurs every year (每年11月15日前), `--11-15`. */
export const MonthDaySchema = z
	.string()
	.regex(MONTH_DAY, 'expected a yearly date like --11-15');

/** A stable ASCII slug: `liaoning-2026-pilot-recommendation`. */
export const NoticeIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase ASCII slug like tianjin-2025-pilot-call');

const text = z.string().min(1);

export const NoticeSchema = z
	.object({
		/** 标识: stable ASCII slug, e.g. `tianjin-2025-pilot-call`. */
		id: NoticeIdSchema,
		/** 标题: the notice's own title line, e.g. `关于组织开展2026年度国家标准化试点项目申报推荐工作的通知`; null when the text has none. */
		title: text.nullable(),
		/** 发文机关: one or more issuing bodies, e.g. `["辽宁省市场监督管理局"]`. */
		issuers: z.array(text),
		/** 发文字号 (文号), brackets normalised to 〔〕, e.g. `国标委发〔2026〕23号`. */
		docNumber: text.nullable(),
		/** 成文日期 / 印发日期 as written in the notice, e.g. `2026-04-14`. */
		issuedOn: IsoDateSchema.nullable(),
		/** 年度: the programme year the notice is about, else the year issued, e.g. `2026`. */
		year: z.number().int().min(1949).max(2200),
		/**
		 * 地区与层级, e.g. `{ level: "provincial", name: "辽宁省", parent: null }`; national is `全国`.
		 * `parent` is the enclosing place (a district's city or 直辖市, a city's province), e.g.
		 * `{ level: "district", name: "渝北区", parent: "重庆市" }`.
		 */
		jurisdiction: z.object({ level: LevelSchema, name: text, parent: text.nullable() }).strict(),
		/** 项目类别: the programmes the notice calls for, as named, without year, e.g. `["国家标准化试点项目"]`. */
		programmes: z.array(text),
		/** 所在文件: id of the notice whose file carries this one (a forwarded call), else null. */
		embeddedIn: NoticeIdSchema.nullable(),
		/**
		 * 转发的上级通知: the call this notice carries out, as it names it (按照《…通知》（文号）要求, or a
		 * 附件 that is itself a 通知), e.g. `{ docNumber: "国标委发〔2026〕23号", title: "国家标准委关于征集2026年度国家标准化试点项目的通知" }`;
		 * null when it names none. Which corpus notice that is, the site resolves (by 文号, else title).
		 */
		forwards: z
			.object({ docNumber: text.nullable(), title: text })
			.strict()
			.nullable()
			.default(null),
		/** 领域 / 重点方向 with their listed focus areas, e.g. `{ name: "消费品领域", focus: ["家电家具"] }`. */
		domains: z.array(
			z
				.object({
					name: text,
					focus: z.array(text),
					/**
					 * 规范领域: the ids of the taxonomy entries (content/domains/<id>.yaml) the name names, in the
					 * order it names them, e.g. `["high-tech", "manufacturing"]` for 科技创新领域、制造业领域;
					 * empty when none matches.
					 */
					canonical: z.array(z.string().regex(/^[a-z0-9-]+$/)),
					/**
					 * The fields the name names that no taxonomy entry matches, bare (without 领域), in order:
					 * `["长三角一体化"]` for 生态绿色领域、长三角一体化领域 (whose `canonical` is `["ecology"]`).
					 * Ingest always writes it; absent (records written before it) reads as empty.
					 */
					others: z.array(z.string().min(1)).optional(),
				})
				.strict(),
		),
		/** 申报条件: one requirement per item. */
		conditions: z.array(z.object({ text }).strict()),
		/** 名额: a cap on projects put forward and its sentence, e.g. `{ text: "同一领域不超2个", max: 2 }`. */
		quotas: z.array(z.object({ text, max: z.number().int().positive() }).strict()),
		/**
		 * 截止日期: `2026-06-30`, or `--11-30` for 每年11月底前; what is due (`kind`) and the clause that
		 * sets it. One entry per date and action.
		 */
		deadlines: z.array(
			z
				.object({
					date: z.union([IsoDateSchema, MonthDaySchema]),
					kind: DeadlineKindSchema,
					text,
					/** 责任方: who the date binds (`recommender` for 各市局于5月20日前报送); null when the clause does not say. */
					party: PartySchema.nullable(),
				})
				.strict(),
		),
		/** 联系人: a person, desk or office to reach. */
		contacts: z.array(
			z
				.object({
					/** 姓名, e.g. `闫虹光`. */
					name: text.nullable(),
					/** 负责事项: the desk or domain it answers for, e.g. `智慧农业领域`. */
					role: text.nullable(),
					/** 单位, e.g. `标准技术司`. */
					org: text.nullable(),
					/** 电话 (fax too), as written, one number each, e.g. `010-82262964`, `64220000转2527`. */
					phones: z.array(text),
					/** 电子邮箱. */
					emails: z.array(text),
					/** 地址, e.g. `沈阳市皇姑区崇山中路55号`. */
					address: text.nullable(),
					/** 邮政编码, six digits. */
					postcode: z.string().regex(/^\d{6}$/, 'expected a six-digit postcode').nullable(),
				})
				.strict(),
		),
		/** 附件: number (null when unnumbered) and title. */
		attachments: z.array(
			z
				.object({
					no: z.number().int().positive().nullable(),
					title: text,
					/** 附件类别: the sort of document its title ends in (`申报书`, `推荐函`, `汇总表`, `通知`), null when unknown. */
					kind: text.nullable(),
				})
				.strict(),
		),
		/**
		 * 报送方式: how applications are delivered, each part with the sentence that says so. Empty
		 * (no systems, no e-mails, the rest null) when the notice does not say.
		 */
		submission: z
			.object({
				/** 线上系统: where materials are uploaded or filled in, e.g. `{ name: "国家标准化试点示范项目管理系统", url: null, text: "…" }`. */
				systems: z.array(z.object({ name: text, url: z.string().nullable(), text }).strict()),
				/** 报送邮箱: mailboxes applications are sent to (a contact's mailbox alone is not one). */
				emails: z.array(z.object({ address: text, text }).strict()),
				/** 纸质材料: `required: false` for 不需纸质材料; `copies` as stated (一式三份 → [3]); null when paper is not mentioned. */
				paper: z.object({ required: z.boolean(), copies: z.array(z.number().int().positive()), text }).strict().nullable(),
				/** 电子版: the sentence asking for an electronic copy, null when none is asked. */
				electronic: z.object({ text }).strict().nullable(),
				/** 逐级推荐: the body applications go through before the issuer, as written, e.g. `各区市场监管局`. */
				via: z.object({ body: text, text }).strict().nullable(),
			})
			.strict(),
		/**
		 * 申报材料: what must be prepared and who prepares it, e.g.
		 * `{ name: "申报书", attachment: 1, note: null, party: "applicant", text: "…" }`.
		 */
		materials: z
			.array(
				z
					.object({
						name: text,
						/** The 附件 number that gives its form, null when none does. */
						attachment: z.number().int().positive().nullable(),
						/** A short qualification as written (`加盖公章`, `一式三份`), null when none. */
						note: text.nullable(),
						party: PartySchema,
						text,
					})
					.strict(),
			),
		/** 建设周期: `{ from: 2026, to: 2027 }` or `{ years: 2 }`. */
		period: z
			.union([
				z.object({ from: z.number().int(), to: z.number().int() }).strict(),
				z.object({ years: z.number().positive() }).strict(),
			])
			.nullable(),
		/**
		 * 来源: the file as published in content/sources/, the SHA-256 of its bytes and, for a file
		 * that was not plain text, the format its text was read from (`pdf`, `docx`, `doc`, `html`);
		 * absent for text, so text records are as before. `{ file: "a.pdf", sha256: "…", format: "pdf" }`.
		 */
		source: z
			.object({ file: text, sha256: z.string().regex(/^[0-9a-f]{64}$/), format: z.enum(['pdf', 'docx', 'doc', 'html']).optional() })
			.strict(),
		/** 人工更正: fields a reviewer corrected in content/overrides/<id>.yaml, e.g. `[{ field: "deadlines[0].date", reason: "原文日期有误" }]`; absent when none. */
		corrections: z.array(z.object({ field: text, reason: text }).strict()).min(1).optional(),
	})
	.strict();

/** A notice record as the parser emits and the site reads it. */
export type NoticeRecord = z.output<typeof NoticeSchema>;
export type Level = z.output<typeof LevelSchema>;
export type DeadlineKind = z.output<typeof DeadlineKindSchema>;
export type Party = z.output<typeof PartySchema>;
