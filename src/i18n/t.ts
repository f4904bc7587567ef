/**
 * The site's UI strings: one Simplified Chinese table (zh-CN.json), keyed `area.thing`.
 * It imports nothing from `astro:*`, so vitest can load it.
 */
import messages from './zh-CN.json' with { type: 'json' };

/** A key of the UI string table, e.g. `nav.home`. */
export type MessageKey = keyof typeof messages;

// Each message with placeholders split once: literal text at even indexes, names at odd ones.
const templates = new Map<MessageKey, string[]>();

/**
 * Look up a UI string and fill its `{name}` placeholders.
 * @param key A key of zh-CN.json.
 * @param params Values for the placeholders; a placeholder without a value throws, so a typo
 *   shows at build time instead of as `{year}` on a page.
 * @example t('year.label', { year: 2026 }) // '2026年度'
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	const message = messages[key];
	// Most strings have no placeholder; pages call this thousands of times per build.
	if (!message.includes('{')) return message;
	let parts = templates.get(key);
	if (parts === undefined) {
		parts = message.split(/\{(\w+)\}/);
		templates.set(key, parts);
	}
	let out = parts[0] ?? '';
	for (let i = 1; i < parts.length; i += 2) {
		const name = parts[i] ?? '';
		const value = params[name];
		if (value === undefined) {
			throw new Error(`Cannot fill \`{${name}}\` in \`${key}\`, expected a value for it`);
		}
		out += String(value) + (parts[i + 1] ?? '');
	}
	return out;
}
