/**
 * 主送对象: whom a notice addresses in its salutation (各区市场监管局：, 各有关企业：), as evidence of
 * who must act where a sentence has no subject. Only a salutation that addresses one party says
 * anything: 各区市场监管局，各有关单位： addresses both.
 */
import type { Party } from '../../schemas/notice.ts';
import { partOf, type Block } from './blocks.ts';

const BUREAU = /市场监管局|市场监督管理局|市场监管委|（厅、委）|部门|成员单位|联席会议|政府$/u;
const APPLICANT = /单位|企业|学校|医院|协会|机构|组织/u;

/**
 * The one party a salutation addresses, or null when it addresses both or neither. Addressees are
 * split at ，、； alike (各区市场监管局、各有关单位); a piece that names no one (各市 in 各市、沈抚示范区
 * 市场监管局, 自治区 in a list of provinces) is part of a group and says nothing on its own.
 * @param salutation The salutation line, with or without its closing colon.
 * @example addresseeParty('省（中）直有关部门，各市、沈抚示范区市场监管局：') // 'recommender'
 * @example addresseeParty('各区市场监管局，各有关单位：') // null
 */
export function addresseeParty(salutation: string): Party | null {
	const parties = new Set<Party>();
	for (const addressee of salutation.replace(/[：:]\s*$/u, '').split(/[，,；;、]/u)) {
		if (BUREAU.test(addressee)) parties.add('recommender');
		else if (APPLICANT.test(addressee)) parties.add('applicant');
	}
	return parties.size === 1 ? [...parties][0]! : null;
}

/**
 * The one party a notice's own salutation addresses (not an attachment's), or null.
 * @param blocks The notice's blocks.
 */
export function addresseesOf(blocks: readonly Block[]): Party | null {
	const salutation = blocks.find((b) => partOf(b) === 'salutation' && !b.node.data?.inAttachment);
	return salutation ? addresseeParty(salutation.text) : null;
}
