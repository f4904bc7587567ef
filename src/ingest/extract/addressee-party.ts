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
 * The one party a salutation addresses, or null when it addresses both or neither.
 * @param salutation The salutation line, with or without its closing colon.
 * @example addresseeParty('省（中）直有关部门，各市、沈抚示范区市场监管局：') // 'recommender'
 * @example addresseeParty('各区市场监管局，各有关单位：') // null
 */
export function addresseeParty(salutation: string): Party | null {
	const parties = new Set<Party | null>();
	for (const addressee of salutation.replace(/[：:]\s*$/u, '').split(/[，,；;]/u)) {
		if (addressee.trim() === '') continue;
		parties.add(BUREAU.test(addressee) ? 'recommender' : APPLICANT.test(addressee) ? 'applicant' : null);
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
