import type { Municipality } from '../../../shared/domain/committee';
import { isEuropean } from '../../../shared/domain/countries';
import { resolveCountry } from '../../../shared/domain/countryNames';
import {
  IMPORT_FIELDS,
  mapHeader,
  REQUIRED_FIELDS,
  type ImportField,
} from '../../../shared/domain/csv/importHeaders';
import { EARLIEST_YEAR, parseKind, parseStatus, parseYear } from '../../../shared/domain/csv/importValues';
import { parseCsv, stripBom } from '../../../shared/domain/csv/parseCsv';
import {
  IMPORT_MAX_CHARS,
  IMPORT_MAX_ROWS,
  type FileProblem,
  type ImportPreview,
  type PreviewRow,
  type RowIssue,
  type RowEdit,
} from '../../../shared/domain/importPreview';
import type { Partnership } from '../../../shared/domain/partnership';
import { foldName } from '../../../shared/domain/placeNames';
import type { Gazetteer } from '../data/places/gazetteer';
import { chosenHomeMatcher, countHomeTowns, homeTownMatcher } from './importHomeTowns';

const MB = 1024 * 1024;
const emptyPreview = (
  problems: FileProblem[],
  delimiter: ImportPreview['delimiter'] = null,
): ImportPreview => ({
  delimiter,
  columns: Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])),
  ignoredColumns: [],
  homeTowns: [],
  problems,
  rows: [],
  counts: { ok: 0, ambiguous: 0, error: 0 },
});

/** Binary files and noise: NUL bytes, replacement characters or control codes in the first part. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20_000);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad > Math.max(2, sample.length / 200);
}

export interface PreviewContext {
  gazetteer: Gazetteer;
  municipality: Municipality | null;
  /** With no municipality set: the home town the secretary chose among the file's. */
  home?: string | undefined;
  partnerships: readonly Partnership[];
  currentYear: number;
  /** Cells typed in the preview for refused rows, by line. */
  edits?: readonly RowEdit[] | undefined;
}

const blankRow = (line: number, values: Record<ImportField, string>, country: string | null) => ({
  line,
  values,
  country,
  kind: null,
  linkStatus: null,
  signedOn: null,
  match: null,
  options: [],
});

const placeKey = (country: string, name: string) => `${country}|${foldName(name)}`;

/**
 * Reads a pasted or picked CSV into rows ready to import, each with its status and the
 * reasons for it. Writes nothing: the same function runs again on commit.
 */
/** Rows read between two progress steps (each step lets the thread answer other calls). */
const ROWS_PER_STEP = 200;

export async function buildPreview(
  input: string,
  ctx: PreviewContext,
  /** Called every few hundred rows: reports progress, and may throw to stop (a cancel). */
  step: (done: number, total: number) => Promise<void> = () => Promise.resolve(),
): Promise<ImportPreview> {
  if (input.length > IMPORT_MAX_CHARS) {
    return emptyPreview([
      {
        code: 'tooLarge',
        params: { maxMb: IMPORT_MAX_CHARS / MB, sizeMb: Math.ceil((10 * input.length) / MB) / 10 },
      },
    ]);
  }
  const text = stripBom(input);
  if (text.trim() === '') return emptyPreview([{ code: 'empty', params: {} }]);
  if (looksBinary(text)) return emptyPreview([{ code: 'notText', params: {} }]);
  const parsed = parseCsv(text, IMPORT_MAX_ROWS + 2);
  if (parsed.records.length > IMPORT_MAX_ROWS + 1) {
    return emptyPreview([{ code: 'tooManyRows', params: { max: IMPORT_MAX_ROWS } }], parsed.delimiter);
  }
  const [header, ...records] = parsed.records;
  const headers = header?.fields ?? [];
  const at = mapHeader(headers);
  const columns = Object.fromEntries(
    IMPORT_FIELDS.map((f) => [f, at[f] === undefined ? null : (headers[at[f]] ?? null)]),
  );
  const missing = REQUIRED_FIELDS.filter((f) => at[f] === undefined);
  if (missing.length > 0) {
    const found = headers.slice(0, 10).map((h) => h.trim().slice(0, 40));
    return {
      ...emptyPreview([{ code: 'missingColumns', params: { columns: missing, found } }], parsed.delimiter),
      columns,
    };
  }
  const used = new Set(Object.values(at));
  const ignoredColumns = headers
    .filter((h, i) => !used.has(i) && h.trim() !== '')
    .map((h) => h.trim().slice(0, 60));
  const problems: FileProblem[] = parsed.unterminatedQuote
    ? [{ code: 'unterminatedQuote', params: { line: records.at(-1)?.line ?? 1 } }]
    : [];

  const homeAt = at.home;
  const homeValues = homeAt === undefined ? [] : records.map((r) => (r.fields[homeAt] ?? '').trim());
  const isOwn = ctx.municipality
    ? homeTownMatcher(ctx.gazetteer, ctx.municipality)
    : ctx.home !== undefined
      ? chosenHomeMatcher(ctx.gazetteer, ctx.home)
      : null;
  const homeTowns = countHomeTowns(homeValues, isOwn);
  if (!isOwn && homeTowns.length > 1) {
    return {
      ...emptyPreview(
        [{ code: 'severalHomeTowns', params: { towns: homeTowns.map((h) => h.name) } }],
        parsed.delimiter,
      ),
      columns,
      homeTowns,
    };
  }
  const homeName = ctx.municipality?.name ?? ctx.home ?? '';

  const existing = new Map<string, string>();
  const existingIds = new Set<number>();
  for (const p of ctx.partnerships) {
    for (const t of p.partners) {
      existing.set(placeKey(t.place.country, t.place.name), t.place.name);
      if (t.place.geonameId !== null) existingIds.add(t.place.geonameId);
    }
  }
  const seenKeys = new Map<string, number>();
  const seenIds = new Map<number, number>();

  const editsOf = new Map((ctx.edits ?? []).map((e) => [e.line, e.values]));
  const rows: PreviewRow[] = [];
  for (const { line, fields } of records) {
    const row = readRow(line, fields);
    rows.push(editsOf.has(line) ? { ...row, edited: true } : row);
    if (rows.length % ROWS_PER_STEP === 0 || rows.length === records.length)
      await step(rows.length, records.length);
  }
  function readRow(line: number, fields: readonly string[]): PreviewRow {
    const typed = editsOf.get(line);
    const value = (f: ImportField) =>
      typed?.[f] !== undefined ? typed[f].trim() : at[f] === undefined ? '' : (fields[at[f]] ?? '').trim();
    const values = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, value(f)])) as Record<ImportField, string>;
    const issues: RowIssue[] = [];
    const country = values.country === '' ? null : resolveCountry(values.country);
    // Another home town's link is left aside whole, and reported; it is no duplicate of ours.
    if (values.home !== '' && isOwn && !isOwn(values.home)) {
      const aside: RowIssue = { code: 'otherHomeTown', params: { value: values.home, home: homeName } };
      return { ...blankRow(line, values, country), status: 'error', issues: [aside] };
    }
    if (values.partner === '') issues.push({ code: 'missingPartner', params: {} });
    if (values.country === '') issues.push({ code: 'missingCountry', params: {} });
    else if (!country) issues.push({ code: 'unknownCountry', params: { value: values.country } });
    const year = parseYear(values.year, ctx.currentYear);
    if (year.kind === 'bad')
      issues.push({
        code: 'badYear',
        params: { value: values.year, min: EARLIEST_YEAR, max: ctx.currentYear },
      });
    const kind = parseKind(values.kind);
    if (!kind) issues.push({ code: 'unknownKind', params: { value: values.kind } });
    const parsedStatus = parseStatus(values.status);
    if (parsedStatus === 'unknown') issues.push({ code: 'unknownStatus', params: { value: values.status } });
    const linkStatus = parsedStatus === 'unknown' ? null : parsedStatus;

    if (country && values.partner !== '') {
      const key = placeKey(country, values.partner);
      const first = seenKeys.get(key);
      if (first !== undefined) issues.push({ code: 'duplicateRow', params: { line: first } });
      else seenKeys.set(key, line);
      const known = existing.get(key);
      if (known !== undefined) issues.push({ code: 'alreadyExists', params: { name: known } });
    }
    const signedOn = year.kind === 'year' ? String(year.year) : year.kind === 'date' ? year.date : null;
    const base = { ...blankRow(line, values, country), kind, linkStatus, signedOn };
    if (issues.length > 0 || !country) return { ...base, status: 'error', issues };
    // The gazetteer holds Europe's towns only: a partner elsewhere is entered as the file spells it.
    if (!isEuropean(country))
      return { ...base, status: 'ambiguous', issues: [{ code: 'outsideGazetteer', params: {} }] };

    const matches = ctx.gazetteer.search({ query: values.partner, country, limit: 8 });
    const exact = matches.filter((m) => m.quality === 'exact').map((m) => m.place);
    if (exact.length === 1) {
      const match = exact[0] ?? null;
      const id = match?.geonameId ?? null;
      if (id !== null && existingIds.has(id))
        issues.push({ code: 'alreadyExists', params: { name: match?.name ?? '' } });
      const first = id === null ? undefined : seenIds.get(id);
      if (first !== undefined) issues.push({ code: 'duplicateRow', params: { line: first } });
      else if (id !== null) seenIds.set(id, line);
      return { ...base, status: issues.length > 0 ? 'error' : 'ok', issues, match };
    }
    if (exact.length > 1)
      return {
        ...base,
        status: 'ambiguous',
        issues: [{ code: 'severalMatches', params: { count: exact.length } }],
        options: exact,
      };
    const near = matches.map((m) => m.place);
    const issue: RowIssue =
      near.length > 0 ? { code: 'nearMatch', params: {} } : { code: 'notInGazetteer', params: {} };
    return { ...base, status: 'ambiguous', issues: [issue], options: near };
  }

  const count = (s: PreviewRow['status']) => rows.filter((r) => r.status === s).length;
  return {
    delimiter: parsed.delimiter,
    columns,
    ignoredColumns,
    homeTowns,
    problems,
    rows,
    counts: { ok: count('ok'), ambiguous: count('ambiguous'), error: count('error') },
  };
}
