/**
 * The issuer a 文号's prefix names, for a notice that names its issuer nowhere else (an excerpt
 * that starts at 国标委发〔2022〕35号). Only prefixes that stand for one national body whatever
 * the notice, as GB/T 9704 has each 发文机关 use its own 代字; a local prefix (常市监标) names a
 * place we could not spell out for sure, so it is not listed.
 */

/** 机关代字 → 发文机关, longest first so 国标委办 is not read as 国标委. */
const PREFIXES: ReadonlyArray<readonly [string, string]> = [
	['国标委办', '国家标准化管理委员会办公室'],
	['国标委', '国家标准化管理委员会'],
	['工信厅', '工业和信息化部办公厅'],
	['工信部', '工业和信息化部'],
];

/**
 * The issuer of a 文号 whose prefix is a well-known national one, or null.
 * @example docNumberIssuer('国标委发〔2022〕35号') // '国家标准化管理委员会'
 */
export function docNumberIssuer(docNumber: string | null | undefined): string | null {
	if (!docNumber) return null;
	return PREFIXES.find(([prefix]) => docNumber.startsWith(prefix))?.[1] ?? null;
}
