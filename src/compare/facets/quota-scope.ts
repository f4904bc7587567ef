/**
 * What a cap (名额) counts, read from its sentence, so two notices' caps meet by scope: 总数不超8个
 * is a total, 同一领域不超2个 and 每个领域申报不超过3个 are per domain, 示范项目不超过2个 counts one
 * kind of project, 其他地区不超过1个 binds one group of recommenders.
 */
import { domainLabel } from '../../text/domain-label.ts';
import type { DomainTaxonomy } from '../types.ts';

/** A cap's scope: `key` to match on, `label` as the notice words it. */
export interface QuotaScope {
	key: string;
	label: string;
	/** True for a notice's overall cap (总数, or one on plain 试点项目), which a later call may reword into another. */
	overall: boolean;
}

// The cap itself: 不超过2个, 不超8个, 推荐2个, 限报1项.
const CAP = /(?:不超过?|不多于|最多|至多|限报?|推荐|申报)\s*[0-9０-９一二两三四五六七八九十]+\s*[个项家]/gu;
// A sentence's clauses; brackets stay inside (省（中）直有关部门 is one subject).
const CLAUSE_END = /[，。；：,;:]/u;
// Caps the issuer grants (下达…建设任务, 立项) are not caps on what is put forward.
const GRANTED = /下达|立项|批复|命名|确定为/u;

// A cap on each applicant: 每个申报单位限报1项, 同一申报主体.
const PER_UNIT = /(?:每个|每家|每一个?|同一|单个|每)(?:申报)?(?:单位|主体|企业|机构|组织)/u;
// Around who puts projects forward: 其中…, …推荐 (省（中）直有关部门、沈阳、大连推荐不超过2个).
const WHO_BEFORE = /^(?:请|其中|原则上|对)+/u;
const WHO_AFTER = /(?:可|原则上|应|择优)?(?:推荐|申报|报送|上报)?$/u;

// Scopes that hold in any call, tried in order on the clause that sets the cap.
const RULES: readonly ((clause: string, taxonomy: DomainTaxonomy) => QuotaScope | null)[] = [
	(c) => {
		if (!/额外|另行|另外|单列|增加/u.test(c)) return null;
		const special = /([^，。；]*?)专项/u.exec(c)?.[1]?.replace(/^(?:其中|对|联合部门下达的)/u, '');
		const label = special === undefined || special === '' ? '额外名额' : `${special}专项额外名额`;
		return { key: `extra:${label}`, label, overall: false };
	},
	(c) => match(c, /总数|总计|合计|共计|累计|总量|总共/u, () => 'total', () => '总数', true),
	(c) => match(c, /(?:每个|每一个?|同一|各|单个|每)领域/u, () => 'per-domain', (m) => m, false),
	(c) => match(c, PER_UNIT, () => 'per-unit', (m) => m, false),
	(c, taxonomy) => {
		const name = /([^，。；、（）]{2,12}?)领域/u.exec(c)?.[1];
		if (name === undefined) return null;
		// Keyed by the taxonomy's names and aliases so 高技术领域 meets 高新技术领域; labelled as the notice words it.
		const bare = domainLabel(name);
		const entry = taxonomy.find((e) => e.name === bare || e.aliases.includes(bare));
		return { key: `domain:${entry?.id ?? `${bare}领域`}`, label: `${bare}领域`, overall: false };
	},
	// A cap on plain pilots is the call's overall cap; one on demonstrations (示范) is its own.
	(c) => match(c, /试点示范项目|试点项目/u, (m) => `kind:${m}`, (m) => m, true),
	(c) => match(c, /示范项目|示范区|示范点/u, (m) => `kind:${m}`, (m) => m, false),
	(c) => {
		// What remains before the verb names who puts projects forward: 其他地区, 省（中）直有关部门.
		const who = c.replace(WHO_BEFORE, '').replace(WHO_AFTER, '');
		return who.length >= 2 && who.length <= 20 ? { key: `who:${who}`, label: who, overall: false } : null;
	},
];

/**
 * The scope of a cap, from its sentence.
 * @param text The quota's sentence as the record holds it.
 * @param taxonomy The canonical domains, so a named domain's cap meets its other names.
 * @param max The cap's number, to find it in a sentence that states several.
 * @example quotaScope('同一领域不超2个', taxonomy) // { key: 'per-domain', label: '同一领域', overall: false }
 * @example quotaScope('其他地区不超过1个', taxonomy).label // '其他地区'
 */
export function quotaScope(text: string, taxonomy: DomainTaxonomy, max?: number): QuotaScope {
	const caps = [...text.matchAll(CAP)];
	const cap = caps.find((m) => max !== undefined && m[0].replace(/\D/gu, '') === String(max)) ?? caps.at(-1);
	const before = text.slice(0, cap?.index ?? text.length);
	const clause = before.split(CLAUSE_END).at(-1)?.trim() ?? '';
	const scope = RULES.reduce<QuotaScope | null>((found, rule) => found ?? rule(clause, taxonomy), null) ?? {
		key: 'plain',
		label: '名额',
		overall: true,
	};
	if (!GRANTED.test(before)) return scope;
	return { key: `granted:${scope.key}`, label: `${scope.label}（立项）`, overall: false };
}

function match(
	clause: string,
	pattern: RegExp,
	key: (found: string) => string,
	label: (found: string) => string,
	overall: boolean,
): QuotaScope | null {
	const found = pattern.exec(clause)?.[0];
	return found === undefined ? null : { key: key(found), label: label(found), overall };
}
