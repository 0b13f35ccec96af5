// Electronegativity over our own source (electron/, renderer/, shared/), never node_modules or
// out/. The sources are copied to a staging folder first so the scanner sees the desktop side
// and the renderer together (its CSP check is global) and nothing else.
// A MEDIUM or HIGH finding fails unless its check id (e.g. `PRELOAD_JS_CHECK`) is written in
// docs/SECURITY.md, where each accepted finding is explained.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES = ['electron', 'renderer', 'shared', 'package.json'];
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const SEVERITIES = new Set(['INFORMATIONAL', 'LOW', ...BLOCKING]);

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
const csvField = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Check ids named in docs/SECURITY.md count as reviewed and accepted. */
export function acceptedChecks(securityDoc) {
  return new Set(securityDoc.match(/\b[A-Z][A-Z0-9_]*_CHECK\b/g) ?? []);
}

export function runElectronegativity(root, { log = console.log } = {}) {
  // Per-process folders: two scans at once (several developers on one machine) must not mix.
  const work = join(root, '.tmp', `electronegativity-${process.pid}`);
  const stage = join(work, 'src');
  const report = join(root, '.tmp', 'electronegativity.csv');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const source of SOURCES) cpSync(join(root, source), join(stage, source), { recursive: true });

  const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies
    ?.electron;
  const scanner = join(root, 'scripts', 'electronegativityScan.cjs');
  const run = spawnSync(process.execPath, [scanner, stage, ...(electronVersion ? [electronVersion] : [])], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  rmSync(work, { recursive: true, force: true });
  let scanned = null;
  try {
    scanned = JSON.parse(run.stdout.trim().split('\n').pop() ?? '');
  } catch {
    scanned = null;
  }
  if (run.status !== 0 || !scanned || !Array.isArray(scanned.findings)) {
    log(run.stdout, run.stderr);
    return { ok: false, summary: `electronegativity could not run (exit ${run.status})`, findings: [] };
  }
  const columns = ['id', 'severity', 'confidence', 'file', 'location', 'sample', 'description'];
  const csv = [
    columns.join(','),
    ...scanned.findings.map((f) => columns.map((c) => csvField(String(f[c] ?? ''))).join(',')),
  ].join('\n');
  writeFileSync(report, `${csv}\n`);

  const docPath = join(root, 'docs', 'SECURITY.md');
  const accepted = acceptedChecks(existsSync(docPath) ? readFileSync(docPath, 'utf8') : '');
  const findings = scanned.findings.map((f) => ({
    id: f.id,
    severity: f.severity,
    confidence: f.confidence,
    where: `${f.file}:${f.location}`,
    blocking: BLOCKING.has(f.severity),
    accepted: accepted.has(f.id),
  }));
  const unreadable = findings.filter((f) => !SEVERITIES.has(f.severity ?? '') || !f.id);
  if (unreadable.length > 0 || scanned.errors > 0) {
    return {
      ok: false,
      summary: `electronegativity: ${scanned.errors} files could not be parsed, or a finding could not be read (.tmp/electronegativity.csv)`,
      findings,
    };
  }
  for (const f of findings) {
    const verdict = !f.blocking ? 'info' : f.accepted ? 'accepted in docs/SECURITY.md' : 'NOT ACCEPTED';
    log(`  ${f.severity.padEnd(13)} ${f.id.padEnd(36)} ${f.where.padEnd(48)} ${verdict}`);
  }
  const open = findings.filter((f) => f.blocking && !f.accepted);
  const blocking = findings.filter((f) => f.blocking).length;
  const summary =
    `electronegativity: ${findings.length} findings, ${blocking} medium or high, ` +
    `${blocking - open.length} accepted, ${open.length} open (report: .tmp/electronegativity.csv)`;
  return { ok: open.length === 0, summary, findings };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = runElectronegativity(join(dirname(fileURLToPath(import.meta.url)), '..'));
  console.log(result.summary);
  process.exit(result.ok ? 0 : 1);
}
