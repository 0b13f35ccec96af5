import ExcelJS from 'exceljs';
import { parseCsv, stripBom } from '../../../../shared/domain/csv/parseCsv';
import {
  PARTICIPANT_IMPORT_MAX_BYTES,
  PARTICIPANT_IMPORT_MAX_ROWS,
  type SheetProblem,
  type SheetTable,
} from '../../../../shared/domain/activities/import/preview';

const MB = 1024 * 1024;
export type SheetRead =
  { ok: true; table: SheetTable } | { ok: false; problem: SheetProblem; format: SheetTable['format'] | null };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const isZip = (b: Uint8Array) => ZIP.every((x, i) => b[i] === x);
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Binary noise in what should be text: NUL bytes or control codes in the first part. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20_000);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) bad++;
  }
  return bad > Math.max(2, sample.length / 200);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A worksheet cell as the text a secretary sees; dates as YYYY-MM-DD (Excel stores them as UTC midnight). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? ''
      : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? value.hyperlink);
  if ('error' in value) return '';
  return '';
}

async function readWorkbook(bytes: Uint8Array): Promise<SheetRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its argument as its own global Buffer, an ArrayBuffer; a fresh copy is one.
    const xlsx: { load(data: ArrayBuffer): Promise<unknown> } = workbook.xlsx;
    await xlsx.load(bytes.slice().buffer);
  } catch {
    return { ok: false, problem: { code: 'unreadableWorkbook', params: {} }, format: 'xlsx' };
  }
  // The first sheet that holds anything: registration forms often open on an empty cover sheet.
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { ok: false, problem: { code: 'empty', params: {} }, format: 'xlsx' };
  if (sheet.actualRowCount > PARTICIPANT_IMPORT_MAX_ROWS + 1)
    return {
      ok: false,
      problem: { code: 'tooManyRows', params: { max: PARTICIPANT_IMPORT_MAX_ROWS } },
      format: 'xlsx',
    };
  const rows: SheetTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value).trim();
    });
    rows.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { ok: true, table: { format: 'xlsx', sheet: sheet.name, rows, unterminatedQuote: false } };
}

function readCsv(bytes: Uint8Array): SheetRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV" in Romanian or Central European Windows writes Windows-1250: say so, guess nothing.
    return { ok: false, problem: { code: 'notUtf8', params: {} }, format: 'csv' };
  }
  text = stripBom(text);
  if (text.trim() === '') return { ok: false, problem: { code: 'empty', params: {} }, format: 'csv' };
  if (looksBinary(text)) return { ok: false, problem: { code: 'notText', params: {} }, format: 'csv' };
  const parsed = parseCsv(text, PARTICIPANT_IMPORT_MAX_ROWS + 2);
  if (parsed.records.length > PARTICIPANT_IMPORT_MAX_ROWS + 1)
    return {
      ok: false,
      problem: { code: 'tooManyRows', params: { max: PARTICIPANT_IMPORT_MAX_ROWS } },
      format: 'csv',
    };
  return {
    ok: true,
    table: {
      format: 'csv',
      sheet: null,
      rows: parsed.records.map((r) => ({ line: r.line, cells: r.fields })),
      unterminatedQuote: parsed.unterminatedQuote,
    },
  };
}

/**
 * Reads a registration sheet: XLSX (recognised by its bytes, whatever the name says) or
 * CSV in UTF-8. A file over 10 MB is refused before it is opened; an old .xls is named as such.
 */
export async function readParticipantSheet(bytes: Uint8Array): Promise<SheetRead> {
  if (bytes.byteLength > PARTICIPANT_IMPORT_MAX_BYTES)
    return {
      ok: false,
      problem: {
        code: 'tooLarge',
        params: {
          maxMb: PARTICIPANT_IMPORT_MAX_BYTES / MB,
          sizeMb: Math.ceil((10 * bytes.byteLength) / MB) / 10,
        },
      },
      format: null,
    };
  if (isZip(bytes)) return readWorkbook(bytes);
  if (OLE.every((x, i) => bytes[i] === x))
    return { ok: false, problem: { code: 'unknownFormat', params: { format: 'xls' } }, format: null };
  return readCsv(bytes);
}
