/**
 * 建设周期: 建设周期为2026年-2027年 → { from, to }; 项目期限为2年, 建设周期一般不超过2年 →
 * { years }. The first statement in the notice wins.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { NUMBER_CHARS, parseCjkNumber } from '../../text/cjk-number.ts';
import { addAnchor, blocksOfFile, noticeOf } from './context.ts';

const SUBJECT = '(?:建设|试点|示范|创建|项目)(?:周期|期限|期)';
const RANGE = new RegExp(`${SUBJECT}[^。；，]{0,8}?(?:为|是|：|:)\\s*((?:19|20)\\d{2})\\s*(?:年\\s*)?(?:[-—–－~～至到])+\\s*((?:19|20)\\d{2})\\s*年`);
const YEARS = new RegExp(`${SUBJECT}[^。；，]{0,8}?(?:为|是|不超过|：|:)\\s*([${NUMBER_CHARS}]{1,3}|半)\\s*(?:(个)\\s*)?年`);

/** The unified plugin that fills `period`. */
export function remarkNoticePeriod() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		notice.period = null;
		for (const block of blocksOfFile(file)) {
			// Every SUBJECT ends in 期: a block without it states no period.
			if (!block.text.includes('期')) continue;
			const range = RANGE.exec(block.text);
			const years = range ? null : YEARS.exec(block.text);
			const m = range ?? years;
			if (!m) continue;
			const value = range
				? { from: Number(range[1]), to: Number(range[2]) }
				: { years: years![1] === '半' ? 0.5 : (parseCjkNumber(years![1]!) ?? 0) };
			if ('years' in value && !(value.years > 0 && value.years <= 20)) continue;
			notice.period = value;
			addAnchor(file, 'period', 0, block.start + m.index, block.start + m.index + m[0].length);
			return;
		}
	};
}
