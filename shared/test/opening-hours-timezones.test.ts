import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/*
 * The opening-hours table tests again, in a fresh process per time zone. A fresh process, not
 * process.env.TZ changed at runtime: a library could read the zone once at load time (or cache
 * per year, as publicHoliday does), and only a new process would show that.
 */

const SHARED_DIR = fileURLToPath(new URL('../', import.meta.url));
// vitest's exports map hides its bin; find it next to package.json.
const VITEST = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

function runTableTestsIn(zone: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITEST, 'run', 'test/opening-hours.test.ts'], {
      cwd: SHARED_DIR,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: zone, NO_COLOR: '1', CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

// UTC as on CI servers, New York as a zone on the other side of UTC with other DST dates.
it.each(['UTC', 'America/New_York'])(
  'passes every opening-hours table test with the process in %s',
  async (zone) => {
    const { code, output } = await runTableTestsIn(zone);
    expect(code, output).toBe(0);
    // A run that found no tests would also exit 0.
    expect(output).toMatch(/Tests\s+\d{2,} passed/);
    expect(output).not.toMatch(/skipped|failed/);
  },
  60_000,
);

it('the zone reaches a child process (the check above is not a no-op)', async () => {
  const offset = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', "process.stdout.write(String(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()))"], {
      env: { PATH: process.env.PATH ?? '', TZ: 'America/New_York' },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(out));
  });
  expect(offset).toBe('300');
});
