/**
 * Runs a command and measures it: wall time, and the peak resident memory of its whole
 * process tree (Astro, plus anything it spawns such as the Pagefind binary), sampled from
 * /proc every 100 ms. Summing the tree matters: `/usr/bin/time -v` reports only the
 * largest single process.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  code: number;
  ms: number;
  /** Peak of the summed VmRSS of the process and its descendants, in bytes; 0 where /proc is absent. */
  peakRssBytes: number;
  /** When the peak was sampled: seconds into the run, and the log line last printed before it. */
  peakAt?: { ms: number; after: string };
  /**
   * User + system CPU time of the process and its descendants, from /usr/bin/time when
   * present: on a shared machine it moves far less than wall time when others are busy.
   */
  cpuMs: number | undefined;
  log: string;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process exited between listing and reading
  }
}

/** Direct children of a process, from /proc/<pid>/task/<tid>/children (every thread may spawn). */
function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((tid) =>
    (read(`/proc/${pid}/task/${tid}/children`) ?? '')
      .split(' ')
      .filter(Boolean)
      .map(Number),
  );
}

/** VmRSS of one process in bytes (0 if gone). */
export function rssOf(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(read(`/proc/${pid}/status`) ?? '');
  return match ? Number(match[1]) * 1024 : 0;
}

/** Summed VmRSS of a process and all its descendants. */
export function treeRss(root: number): number {
  let total = 0;
  const seen = new Set<number>();
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssOf(pid);
    queue.push(...childrenOf(pid));
  }
  return total;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Where to keep the combined output. */
  logFile?: string;
  /** Echo output as it comes (for long runs). */
  echo?: boolean;
}

const TIME = '/usr/bin/time';
let timed = 0;

/** "12.31 1.05" (user and system seconds, as `/usr/bin/time -f "%U %S"` writes them) -> ms. */
export function parseCpuTimes(text: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s*$/.exec(text.trim());
  return match ? Math.round((Number(match[1]) + Number(match[2])) * 1000) : undefined;
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  const timesFile = existsSync(TIME) ? join(tmpdir(), `bench-time-${process.pid}-${++timed}.txt`) : undefined;
  const [program, argv] = timesFile ? [TIME, ['-f', '%U %S', '-o', timesFile, command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(program, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: string[] = [];
    let lastLine = '';
    const collect = (data: Buffer) => {
      const text = data.toString('utf8');
      chunks.push(text);
      // eslint-disable-next-line no-control-regex
      const lines = text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
      if (lines.length) lastLine = lines.at(-1)!;
      if (options.echo) process.stderr.write(data);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peak = 0;
    let peakAt: Measured['peakAt'];
    const canSample = existsSync('/proc/self/status');
    const sample = () => {
      if (child.pid === undefined) return;
      const rss = treeRss(child.pid);
      if (rss > peak) {
        peak = rss;
        peakAt = { ms: performance.now() - started, after: lastLine.slice(0, 120) };
      }
    };
    const timer = canSample ? setInterval(sample, 100) : undefined;
    child.on('error', (error) => {
      if (timer) clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (timer) clearInterval(timer);
      const log = chunks.join('');
      if (options.logFile) writeFileSync(options.logFile, log);
      let cpuMs: number | undefined;
      if (timesFile && existsSync(timesFile)) {
        cpuMs = parseCpuTimes(readFileSync(timesFile, 'utf8'));
        rmSync(timesFile, { force: true });
      }
      resolve({ code: code ?? 1, ms, peakRssBytes: peak, peakAt, cpuMs, log });
    });
  });
}
