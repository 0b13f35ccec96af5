// npm test: every runner in order, each continuing after a failure so the summary is complete.
// The last line is `N passed, N failed[, N skipped]`, summing every runner; typecheck, lint,
// Prettier, build and the security scan count as one check each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runElectronegativity } from './electronegativity.mjs';
import { ensureBuild } from './ensureBuild.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, '.tmp', 'test-results');
const bin = (name) => join(root, 'node_modules', '.bin', name);
mkdirSync(results, { recursive: true });

/** One row per runner: { name, passed, failed, skipped, note }. */
const rows = [];

function banner(title) {
  console.log(`\n━━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

function run(command, args, env = {}) {
  const started = Date.now();
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { status: child.status ?? 1, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function check(name, ok, note) {
  rows.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, note });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function typecheck() {
  banner('typecheck');
  const failures = [];
  for (const project of ['tsconfig.node.json', 'tsconfig.web.json']) {
    const { status, seconds } = run(bin('tsc'), ['-p', project, '--noEmit']);
    console.log(`${project}: ${status === 0 ? 'no errors' : 'errors'} (${seconds} s)`);
    if (status !== 0) failures.push(project);
  }
  check(
    'typecheck',
    failures.length === 0,
    failures.length ? `errors in ${failures.join(', ')}` : 'both projects',
  );
}

function lint() {
  banner('lint');
  const { status, seconds } = run(bin('eslint'), ['.', '--max-warnings', '0']);
  check('lint', status === 0, status === 0 ? `no problems (${seconds} s)` : 'problems found');
}

function format() {
  banner('format');
  const { status, seconds } = run(bin('prettier'), ['--check', '--log-level', 'warn', '.']);
  check(
    'format',
    status === 0,
    status === 0 ? `Prettier clean (${seconds} s)` : 'files need `npm run format`',
  );
}

function vitest() {
  banner('vitest');
  const out = join(results, 'vitest.json');
  rmSync(out, { force: true });
  const { status, seconds } = run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const report = readJson(out);
  if (!report)
    return rows.push({
      name: 'vitest',
      passed: 0,
      failed: 1,
      skipped: 0,
      note: `no report (exit ${status})`,
    });
  const row = {
    name: 'vitest',
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    note: `${report.numTotalTestSuites} files, ${seconds} s`,
  };
  // A file that fails to load has no failed test in it, yet the run failed: count it.
  const brokenFiles = (report.testResults ?? []).filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  );
  row.failed += brokenFiles.length;
  flagSilentFailure(row, status);
  rows.push(row);
}

/** A runner that exited non-zero without reporting a failed test still failed. */
function flagSilentFailure(row, status) {
  if (status === 0 || row.failed > 0) return;
  row.failed = 1;
  row.note += `; exit ${status} without a failed test`;
}

function build() {
  banner('build');
  try {
    ensureBuild(root);
    check('build', true, `renderer and desktop bundles in ${process.env.TWINNING_OUT_DIR ?? 'out'}/`);
    return true;
  } catch (error) {
    console.error(error);
    check('build', false, 'the build failed');
    return false;
  }
}

function playwright(built) {
  banner('playwright');
  if (!built)
    return rows.push({ name: 'playwright', passed: 0, failed: 1, skipped: 0, note: 'not run: no build' });
  const out = join(results, 'playwright.json');
  rmSync(out, { force: true });
  const { status, seconds } = run(bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  const report = readJson(out);
  if (!report)
    return rows.push({
      name: 'playwright',
      passed: 0,
      failed: 1,
      skipped: 0,
      note: `no report (exit ${status})`,
    });
  const { expected = 0, unexpected = 0, skipped = 0, flaky = 0 } = report.stats ?? {};
  const row = {
    name: 'playwright',
    passed: expected + flaky,
    failed: unexpected,
    skipped,
    note: `${seconds} s`,
  };
  const errors = report.errors?.length ?? 0;
  if (errors > 0) {
    row.failed += errors;
    row.note += `; ${errors} errors outside tests`;
  }
  flagSilentFailure(row, status);
  for (const reason of skipReasons(report.suites ?? [])) console.log(`skipped: ${reason}`);
  rows.push(row);
}

function skipReasons(suites, found = new Set()) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const a of t.annotations ?? [])
          if (a.type === 'skip') found.add(`${spec.title}: ${a.description ?? ''}`);
      }
    }
    skipReasons(suite.suites ?? [], found);
  }
  return found;
}

function electronegativity() {
  banner('electronegativity');
  const result = runElectronegativity(root);
  console.log(result.summary);
  check('electronegativity', result.ok, result.ok ? 'no open medium or high finding' : 'open findings');
}

typecheck();
lint();
format();
vitest();
const built = build();
playwright(built);
electronegativity();

banner('summary');
for (const r of rows) {
  const counts = `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`;
  console.log(`${r.failed ? '✗' : '✓'} ${r.name.padEnd(18)} ${counts.padEnd(34)} ${r.note ?? ''}`);
}
const sum = (key) => rows.reduce((total, r) => total + r[key], 0);
const skipped = sum('skipped');
console.log(`${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(sum('failed') > 0 || !existsSync(results) ? 1 : 0);
