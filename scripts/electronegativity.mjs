// Electronegativity over our own source (electron/, renderer/, shared/), never node_modules or
// out/. The sources are copied to a staging folder first so the scanner sees the desktop side
// and the renderer together (its CSP check is global) and nothing else.
// A MEDIUM or HIGH finding fails unless its check id (e.g. `PRELOAD_JS_CHECK`) is written in
// docs/SECURITY.md, where each accepted finding is explained.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES = ['electron', 'renderer', 'shared', 'package.json'];
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const SEVERITIES = new Set(['INFORMATIONAL', 'LOW', ...BLOCKING]);

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  row.push(field.trim());
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/** Check ids named in docs/SECURITY.md count as reviewed and accepted. */
export function acceptedChecks(securityDoc) {
  return new Set(securityDoc.match(/\b[A-Z][A-Z0-9_]*_CHECK\b/g) ?? []);
}

export function runElectronegativity(root, { log = console.log } = {}) {
  // Per-process folders: two scans at once (several developers on one machine) must not mix.
  const work = join(root, '.tmp', `electronegativity-${process.pid}`);
  const stage = join(work, 'src');
  const csv = join(work, 'report.csv');
  const report = join(root, '.tmp', 'electronegativity.csv');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const source of SOURCES) cpSync(join(root, source), join(stage, source), { recursive: true });

  const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies?.electron;
  const args = ['-i', stage, '-r', '-o', csv, ...(electronVersion ? ['-e', electronVersion] : [])];
  const bin = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0 || !existsSync(csv)) {
    log(run.stdout, run.stderr);
    return { ok: false, summary: `electronegativity could not run (exit ${run.status})`, findings: [] };
  }

  copyFileSync(csv, report);
  const [header = [], ...rows] = parseCsv(readFileSync(csv, 'utf8'));
  rmSync(work, { recursive: true, force: true });
  const col = (name) => header.findIndex((h) => h.toLowerCase() === name);
  const [id, severity, confidence, file, location] = ['issue', 'severity', 'confidence', 'filename', 'location'].map(col);
  const docPath = join(root, 'docs', 'SECURITY.md');
  const accepted = acceptedChecks(existsSync(docPath) ? readFileSync(docPath, 'utf8') : '');
  const findings = rows.map((r) => ({
    id: r[id],
    severity: r[severity],
    confidence: r[confidence],
    where: `${r[file]}:${r[location]}`,
    blocking: BLOCKING.has(r[severity]),
    accepted: accepted.has(r[id]),
  }));
  const unreadable = findings.filter((f) => !SEVERITIES.has(f.severity ?? '') || !f.id);
  if ([id, severity, file, location].includes(-1) || unreadable.length > 0) {
    return { ok: false, summary: 'electronegativity: its report could not be read (.tmp/electronegativity.csv)', findings };
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
