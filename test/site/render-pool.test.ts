/**
 * The render pool: bodies rendered on worker threads come back as the same HTML, and the same
 * errors, as rendering them inline, each at its own index.
 */
import { describe, expect, test } from 'vitest';
import { POOL_MIN, renderBodies, type BodyJob } from '../../src/lib/build/render-pool.ts';

/** Small bodies and their HTML as render-body.test.ts checks them inline. */
const BODIES: [string, string][] = [
	['## 一、申报条件\n\n### （一）基本要求', '<h3 id="一申报条件">一、申报条件</h3>\n<h4 id="一基本要求">（一）基本要求</h4>'],
	['## 附件\n\n## 附件', '<h3 id="附件">附件</h3>\n<h3 id="附件-1">附件</h3>'],
	['<Part kind="signature">\n  某市市场监督管理局\n</Part>', '<div class="part part-signature"><p>某市市场监督管理局</p></div>'],
	['见[http://a.example/](http://a.example/)', '<p>见<a href="http://a.example/" rel="noopener noreferrer">http://a.example/</a></p>'],
];

/** More jobs than the pool's minimum, cycling through BODIES. */
const jobs: BodyJob[] = Array.from({ length: POOL_MIN + 13 }, (_, index) => ({ body: BODIES[index % BODIES.length]?.[0] ?? '', bodyLine: 5 }));

describe('renderBodies', () => {
	test('renders every body on the workers as inline, each at its index', async () => {
		const failures: Error[] = [];
		const results = await renderBodies(jobs, { workers: 2, share: false, onWorkerError: (error) => failures.push(error) });
		expect(failures).toEqual([]);
		expect(results).toHaveLength(jobs.length);
		results.forEach((result, index) => expect(result).toEqual({ html: BODIES[index % BODIES.length]?.[1] }));
	});

	test('renders on the main thread too, as many threads as asked', async () => {
		const results = await renderBodies(jobs, { workers: 1 });
		results.forEach((result, index) => expect(result).toEqual({ html: BODIES[index % BODIES.length]?.[1] }));
	});

	test('gives back the error a body raised, with the line in its file, and renders the others', async () => {
		const withCode = jobs.map((job, index) => (index === 37 ? { body: '甲\n\n乙{process.exit(1)}', bodyLine: 9 } : job));
		const results = await renderBodies(withCode, { workers: 2, share: false });
		const result = results[37];
		expect(result !== undefined && 'error' in result ? result.error.message : result).toBe(
			'第 11 行是代码（mdxTextExpression），通知正文只能是文本 / line 11 is code (mdxTextExpression); a notice body holds text only',
		);
		expect(results.filter((item) => 'html' in item)).toHaveLength(jobs.length - 1);
		expect(results[36]).toEqual({ html: BODIES[0]?.[1] });
	});

	test('stops without rendering when told to', async () => {
		const results = await renderBodies(jobs, { workers: 2, signal: AbortSignal.abort() });
		expect(results.filter((item) => item !== undefined)).toEqual([]);
	});
});
