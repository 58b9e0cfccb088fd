// Run a command and measure its wall time and the peak memory of its whole process tree.
//
// Peak memory: every 50 ms the resident set sizes (VmRSS in /proc/<pid>/status) of the process
// and all its descendants (found through /proc/<pid>/task/<tid>/children) are summed; the
// largest sum is the peak. The sum counts shared pages once per process, so it errs on the
// high side; a spike shorter than 50 ms can be missed. Linux only.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export interface Measured {
  seconds: number;
  peakMB: number;
  code: number | null;
  output: string;
}

async function readOr(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    // A process that ended between listing and reading is simply gone: not an error.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ESRCH') return '';
    throw err;
  }
}

async function descendants(pid: number): Promise<number[]> {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const p = out[i] as number;
    const tasks = await readOr(`/proc/${p}/task/${p}/children`);
    for (const c of tasks.split(/\s+/)) if (c) out.push(Number(c));
  }
  return out;
}

export async function treeRssKB(pid: number): Promise<number> {
  let total = 0;
  for (const p of await descendants(pid)) {
    const m = /VmRSS:\s+(\d+) kB/.exec(await readOr(`/proc/${p}/status`));
    if (m) total += Number(m[1]);
  }
  return total;
}

export function measure(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let head = '';
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      // Keep the beginning and the tail: a 10 000-page build logs every page in between.
      if (output.length > 200_000) {
        if (head === '') head = `${output.slice(0, 20_000)}\n…\n`;
        output = output.slice(-100_000);
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    let polling = false;
    const timer = setInterval(() => {
      if (polling || child.pid === undefined) return;
      polling = true;
      treeRssKB(child.pid)
        .then((kb) => (peak = Math.max(peak, kb)))
        .catch(reject)
        .finally(() => (polling = false));
    }, 50);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakMB: peak / 1024, code, output: head + output });
    });
  });
}
