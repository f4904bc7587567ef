// INTERIM (replaced by the normalize branch).
import { createMappedText, replaceMapped, type MappedText } from './mapped-text.ts';
const CJK = '\\u3400-\\u9fff';
export function normalizeText(text: string): MappedText {
	let m = createMappedText(text);
	m = replaceMapped(m, /[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
	m = replaceMapped(m, /^[ \t\u3000]+|[ \t\u3000]+$/gm, () => '');
	m = replaceMapped(m, /^[—\-－]\s*\d+\s*[—\-－]$/gm, () => '');
	m = replaceMapped(m, /^[-*] (?=\S)/gm, () => '');
	m = replaceMapped(m, /<(https?:\/\/[^>\s]+)>/g, (_, u) => u);
	m = replaceMapped(m, new RegExp(`(?<=[${CJK}])[:,;]|[:,;](?=[${CJK}])`, 'g'), (c) => ({ ':': '：', ',': '，', ';': '；' })[c]!);
	m = replaceMapped(m, new RegExp(`(?<=^|[${CJK}])\\(|\\((?=[${CJK}])`, 'gm'), () => '（');
	m = replaceMapped(m, new RegExp(`(?<=[${CJK}（])\\)|\\)(?=[${CJK}])`, 'g'), () => '）');
	const P = '，。：；、（）《》“”';
	m = replaceMapped(m, new RegExp(`(?<=[${CJK}${P}])[ \\u3000](?=[${CJK}${P}0-9])|(?<=[0-9])[ \\u3000](?=[${CJK}${P}])`, 'g'), () => '');
	return m;
}
