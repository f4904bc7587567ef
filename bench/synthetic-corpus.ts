/**
 * A synthetic corpus for the search benchmark: N notice MDX files derived from the real ones in
 * content/notices. Each copy gets a new id, year (every year in the text moves with it), place
 * (a jurisdiction of the same level), dates, phone numbers, and a few paragraphs borrowed from
 * other notices, so phrases recur across the corpus as they do across real calls. Seeded: the same
 * seed writes the same files. Embedded notices are written as stand-alone ones (no dangling links).
 *
 * `node bench/synthetic-corpus.ts OUT_DIR [N] [SEED]` writes OUT_DIR/<year>/<id>.mdx.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom, type SeededRandom } from '../scripts/lib/seeded-random.ts';

// Places of each level to move a copy to. Short forms (辽宁, 沈阳) are replaced along with them.
// No 山西省: its slug is 陕西省's (shanxi-sheng) and the site refuses the pair (src/lib/slug.ts).
const PLACES: Record<string, string[]> = {
	provincial: ['河北省', '吉林省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '北京市', '上海市', '天津市', '重庆市', '辽宁省', '黑龙江省'],
	municipal: ['石家庄市', '太原市', '沈阳市', '长春市', '南京市', '苏州市', '杭州市', '宁波市', '合肥市', '福州市', '厦门市', '南昌市', '济南市', '青岛市', '郑州市', '武汉市', '长沙市', '广州市', '深圳市', '成都市', '贵阳市', '昆明市', '西安市', '兰州市'],
	district: ['重庆市渝北区', '重庆市江北区', '北京市海淀区', '上海市浦东新区', '天津市滨海新区', '广州市天河区', '成都市武侯区', '杭州市西湖区', '南京市江宁区', '武汉市洪山区', '深圳市南山区', '西安市雁塔区'],
};

interface Seed {
	/** Frontmatter lines, `key: <JSON>`. */
	fields: Map<string, string>;
	body: string;
	year: number;
	level: string;
	place: string;
	/** Plain paragraphs another copy may borrow (no components, no headings). */
	paragraphs: string[];
}

function readSeed(file: string): Seed {
	const text = readFileSync(file, 'utf8');
	const end = text.indexOf('\n---\n', 3);
	const fields = new Map<string, string>();
	for (const line of text.slice(4, end).split('\n')) {
		const colon = line.indexOf(': ');
		fields.set(line.slice(0, colon), line.slice(colon + 2));
	}
	const body = text.slice(end + 5);
	const jurisdiction = JSON.parse(fields.get('jurisdiction') ?? '{}') as { level: string; name: string };
	const paragraphs = body
		.split(/\n{2,}/u)
		.map((p) => p.replace(/<Fact [^>]*>|<\/Fact>/gu, '').trim())
		.filter((p) => p.length > 20 && !/^[<#]|^\s/u.test(p) && !p.includes('<'));
	return { fields, body, year: Number(fields.get('year')), level: jurisdiction.level, place: jurisdiction.name, paragraphs };
}

/** 辽宁省 → 辽宁, 重庆市渝北区 → 渝北: the name a notice also uses on its own. */
function shortName(place: string): string {
	const last = place.replace(/^.+?[省市](?=.+[区县]$)/u, '');
	return last.replace(/(省|市|自治区|新区|区|县)$/u, '');
}

/** Every literal replacement for one copy, applied longest first. */
function placeSwaps(from: string, to: string): [string, string][] {
	if (from === '全国' || from === to) return [];
	const swaps: [string, string][] = [[from, to]];
	const [a, b] = [shortName(from), shortName(to)];
	if (a.length >= 2 && a !== b) swaps.push([a, b]);
	return swaps;
}

function twoDigits(n: number): string {
	return String(n).padStart(2, '0');
}

/** One copy of a seed as MDX text. */
function copyOf(seed: Seed, id: string, random: SeededRandom, seeds: readonly Seed[]): { year: number; text: string } {
	const year = random.int(2018, 2027);
	const shift = year - seed.year;
	const place = seed.level === 'national' ? seed.place : random.pick(PLACES[seed.level] ?? [seed.place]);
	const swaps = placeSwaps(seed.place, place);
	// One new month-day per month-day of the seed, so body and frontmatter dates stay in step.
	const days = new Map<string, [number, number]>();
	const dayFor = (month: number, day: number): [number, number] => {
		const key = `${month}-${day}`;
		if (!days.has(key)) days.set(key, [random.int(1, 12), random.int(1, 28)]);
		return days.get(key) as [number, number];
	};
	const digits = new Map<string, string>();
	const rewrite = (text: string): string => {
		let out = text.replace(/(?<!\d)(20[0-4]\d)(?!\d)/gu, (y) => String(Number(y) + shift));
		out = out.replace(/(\d{4})-(\d{2})-(\d{2})/gu, (_, y: string, m: string, d: string) => {
			const [nm, nd] = dayFor(Number(m), Number(d));
			return `${y}-${twoDigits(nm)}-${twoDigits(nd)}`;
		});
		out = out.replace(/(?<!\d)(\d{1,2})月(\d{1,2})日/gu, (_, m: string, d: string) => {
			const [nm, nd] = dayFor(Number(m), Number(d));
			return `${nm}月${nd}日`;
		});
		out = out.replace(/(?<!\d)\d{7,}(?!\d)/gu, (run) => {
			if (!digits.has(run)) digits.set(run, Array.from(run, (_, i) => (i === 0 ? run[0] : String(random.int(0, 9)))).join(''));
			return digits.get(run) as string;
		});
		for (const [from, to] of swaps) out = out.split(from).join(to);
		return out;
	};
	const lines: string[] = [];
	for (const [key, value] of seed.fields) {
		if (key === 'id') lines.push(`id: ${JSON.stringify(id)}`);
		else if (key === 'embeddedIn') lines.push('embeddedIn: null');
		else if (key === 'source') lines.push(`${key}: ${value}`);
		else lines.push(`${key}: ${rewrite(value)}`);
	}
	const borrowed = Array.from({ length: random.int(0, 3) }, () => random.pick(random.pick(seeds).paragraphs));
	const body = [rewrite(seed.body).trimEnd(), ...borrowed.map(rewrite)].join('\n\n');
	return { year, text: `---\n${lines.join('\n')}\n---\n\n${body}\n` };
}

/**
 * Write `count` synthetic notices into `outDir/<year>/<id>.mdx`.
 * @param notices The folder of real notices to derive them from (content/notices).
 * @param outDir Where to write; created if missing.
 * @param count How many notices.
 * @param seedNumber PRNG seed.
 * @example writeSyntheticCorpus('content/notices', '/tmp/corpus', 5000, 1) // 5000 files
 */
export function writeSyntheticCorpus(notices: string, outDir: string, count: number, seedNumber = 1): number {
	const files = readdirSync(notices, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).sort();
	const seeds = files.map((file) => readSeed(join(notices, file)));
	const random = seededRandom(seedNumber);
	for (let i = 0; i < count; i++) {
		const id = `synthetic-${String(i).padStart(5, '0')}`;
		const { year, text } = copyOf(random.pick(seeds), id, random, seeds);
		mkdirSync(join(outDir, String(year)), { recursive: true });
		writeFileSync(join(outDir, String(year), `${id}.mdx`), text);
	}
	return count;
}

if (import.meta.main) {
	const [out, count = '5000', seed = '1'] = process.argv.slice(2);
	if (out === undefined) throw new Error('Cannot write a corpus without OUT_DIR, expected `synthetic-corpus.ts OUT_DIR [N] [SEED]`');
	const root = new URL('../', import.meta.url).pathname;
	console.log(`wrote ${writeSyntheticCorpus(join(root, 'content/notices'), out, Number(count), Number(seed))} notices to ${out}`);
}
