/**
 * Facts a web page states around a notice, in its chrome lines (`data.page` of the tree): the
 * date it was posted (发布时间, 发稿时间, 生成日期), the body that issued it (发文部门, 发布机构,
 * 来源) and its 文号. SOURCES.md: issuedOn is the signature date, else the page's 发布时间; issuers
 * come from the notice, else a 发布部门 line.
 */
import type { Root } from 'mdast';
import { DOC_NUMBER, HAN, ORG_SUFFIX } from '../segment/patterns.ts';
import { findDates, toIsoDate } from '../../text/dates.ts';

/** What a page says about the notice it shows; null where it says nothing. */
export interface PageFacts {
	postedOn: string | null;
	issuer: string | null;
	docNumber: string | null;
}

// A label, or a line that starts with the date (2022-04-22 来源：工信部).
const DATE_LABEL = /(?:发布|发稿|发文|生成|成文|印发)(?:时间|日期)\s*[：:]|^时间\s*[：:]|^(?=\d{4}-\d{1,2}-\d{1,2})/;
const ISSUER_LABEL = /(?:发文(?:部门|机关|单位)|发布(?:部门|机构|单位)|(?:信息)?来源|主办单位)\s*[：:]\s*/g;
const DOC_LABEL = /(?:文件编号|发文字号|文号)\s*[：:]\s*/;
/**
 * An organisation's name right after a label: Han text up to the last suffix that ends a name
 * (greedy: 国家标准化管理委员会 has 委 before 委员会; what follows, 收藏, ends in no suffix).
 */
const ORG_NAME = new RegExp(`^[${HAN}]{1,40}${ORG_SUFFIX}(?:[（(][${HAN}]{2,20}[）)])?`);

/** A full name has five characters at least (某市财政局); 工信部, 市场局 are a page's shorthand. */
const MIN_ISSUER_LENGTH = 5;

/** The first posted date a page line gives. */
function postedOn(lines: string[]): string | null {
	for (const line of lines) {
		const label = DATE_LABEL.exec(line);
		const date = label ? findDates(line.slice(label.index))[0] : undefined;
		if (date) return toIsoDate(date);
	}
	return null;
}

/** The first issuing body a page line names: 发文部门：南通市市场监督管理局(南通市知识产权局). */
function issuer(lines: string[]): string | null {
	for (const line of lines) {
		ISSUER_LABEL.lastIndex = 0;
		for (let m = ISSUER_LABEL.exec(line); m; m = ISSUER_LABEL.exec(line)) {
			// A joint name in brackets (another name of the same bureau) is not part of the issuer.
			const name = ORG_NAME.exec(line.slice(m.index + m[0].length))?.[0].replace(/[（(][^（）()]*[）)]$/, '');
			if (name && name.length >= MIN_ISSUER_LENGTH) return name;
		}
	}
	return null;
}

/** The 文号 a page's metadata gives. */
function docNumber(lines: string[]): string | null {
	for (const line of lines) {
		const label = DOC_LABEL.exec(line);
		const found = label ? DOC_NUMBER.exec(line.slice(label.index + label[0].length)) : null;
		if (found) return found[1]!;
	}
	return null;
}

/**
 * Reads the page facts of a notice's tree.
 * @example pageFactsOf({ type: 'root', children: [], data: { page: [{ text: '发布时间：2021-04-20', start: 0 }] } }).postedOn // '2021-04-20'
 */
export function pageFactsOf(tree: Root): PageFacts {
	const lines = (tree.data?.page ?? []).map((l) => l.text);
	return { postedOn: postedOn(lines), issuer: issuer(lines), docNumber: docNumber(lines) };
}
