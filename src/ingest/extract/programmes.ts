/**
 * 项目类别: the programmes a notice calls for, as it names them (国家标准化试点项目,
 * 国家级服务业标准化示范项目, 地方标准制修订项目), without year or 年度.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { noticeOf } from './context.ts';

/** The unified plugin that fills `programmes`. */
export function remarkNoticeProgrammes() {
	return (_tree: Root, file: VFile) => {
		noticeOf(file).programmes = [];
	};
}
