/**
 * Run a command under GNU time and report its wall time and peak memory (the largest resident
 * set of the process or any child it waited for), failing loudly when the command fails.
 */
import { spawnSync } from 'node:child_process';

/** What one run of a command cost. */
export interface CommandCost {
	seconds: number;
	peakMB: number;
	/** What the command printed (stdout). */
	log: string;
}

/**
 * Run `command args…` with extra environment, under /usr/bin/time -v.
 * @example measureCommand(process.execPath, ['scripts/ingest.ts'], { CONTENT_DIR: dir })
 */
export function measureCommand(command: string, args: readonly string[], env: Record<string, string> = {}): CommandCost {
	const started = performance.now();
	const run = spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stderr.slice(-2000)}`);
	const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);
	return { seconds: Math.round(seconds * 10) / 10, peakMB: Math.round(kb / 1024), log: run.stdout };
}
