/**
 * Memory of a process and everything it started (Pagefind's service runs as a child), from
 * /proc: the sum of VmRSS over the tree, sampled while it runs.
 */
import { readFileSync } from 'node:fs';

function children(pid: number): number[] {
	try {
		const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
		return tasks.split(/\s+/u).filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

function rssKb(pid: number): number {
	try {
		return Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

/**
 * Sum of resident memory of `pid` and its descendants, in bytes.
 * @example treeRss(process.pid) // 80_000_000
 */
export function treeRss(pid: number): number {
	let total = 0;
	const queue = [pid];
	while (queue.length > 0) {
		const next = queue.pop() as number;
		total += rssKb(next) * 1024;
		queue.push(...children(next));
	}
	return total;
}

/**
 * Sample a tree every `ms` until stopped; `stop()` returns the peak.
 * @example const watch = watchTree(child.pid); …; watch.stop() // peak bytes
 */
export function watchTree(pid: number, ms = 100): { stop: () => number } {
	let peak = treeRss(pid);
	const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), ms);
	return {
		stop: () => {
			clearInterval(timer);
			return peak;
		},
	};
}
