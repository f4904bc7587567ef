/**
 * Conditions in running text, for a notice without a conditions section: the sentences in which
 * the applicant or its project must have, meet or be something (申报单位应具备…, 所报项目应说明…,
 * 申请资助的单位和项目应符合…, 同一项目不得重复申请), split at ；when it holds several.
 */
import type { Block } from './blocks.ts';
import { blockSentences } from './body-sentences.ts';
import type { Span } from './context.ts';

const SUBJECT = '(?:承担单位|申报单位|申报主体|试点单位|申报企业|申请单位|申报项目|所报项目|项目申请人|申请人|的单位和项目|的单位)';
const MUST = '(?:应当?|须|需|必须)(?:具备|具有|符合|满足|为|是|在|说明|提供)';
const APPLICANT_MUST = new RegExp(
	`${SUBJECT}[^，。；]{0,8}?${MUST}|不能作为(?:承担|申报)单位|不得(?:作为|申报)|不得[^，。；]{0,10}?(?:重复)?申请`,
);

/**
 * Sentences that bind no applicant: submission steps (申报单位应在6月30日前报送), encouragements,
 * labelled lines (受理地址：…), lines introducing a list, and summaries of one (符合上述条件的…).
 */
export const NOT_A_REQUIREMENT = /^鼓励|报送|提交|填写|填报|寄送|前将|[：:]$|^[^，。；]{2,8}[：:]|^(?:符合|满足)(?:上述|以上)/;
/** In running text a requirement may name a form to fill in (应填写…); a dated step is none. */
const DATED_STEP = /[于在][^，。；]{0,15}前|报送|寄送|前将/;

/** The sentences of the notice's own paragraphs that bind the applicant. */
export function sentencesOfApplicant(blocks: Block[]): Span[] {
	return blocks
		.filter((b) => b.node.type === 'paragraph' && !b.node.data?.part && !b.node.data?.inAttachment)
		.flatMap((b) => blockSentences(b, '。；'))
		.filter((s) => APPLICANT_MUST.test(s.text) && !DATED_STEP.test(s.text));
}
