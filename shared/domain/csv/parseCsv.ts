/**
 * RFC 4180 parsing as spreadsheets actually export it: the delimiter may be a comma, a
 * semicolon (Excel in French, German or Romanian locales) or a tab (a paste from a
 * spreadsheet); a UTF-8 byte-order mark may lead; quoted fields may hold delimiters,
 * doubled quotes and line breaks; lines may end in CRLF, LF or CR.
 */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvRecord {
  /** The line of the file on which the record starts, counting from 1. */
  line: number;
  fields: string[];
}

export interface ParsedCsv {
  delimiter: Delimiter;
  records: CsvRecord[];
  /** A quoted field was still open at the end of the text. */
  unterminatedQuote: boolean;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The delimiter that occurs most often outside quotes on the first line (the header); comma on a tie. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter))
      counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Splits the text into records. Stops early, with `truncated`, once `maxRecords` records
 * were read, so a huge paste cannot make the core build millions of arrays.
 */
export function parseCsv(
  input: string,
  maxRecords = Number.POSITIVE_INFINITY,
): ParsedCsv & { truncated: boolean } {
  const text = stripBom(input);
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    // A blank line is no record (spreadsheets add them at the end).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
      if (records.length >= maxRecords)
        return { delimiter, records, unterminatedQuote: false, truncated: i + 1 < text.length };
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (field !== '' || fields.length > 0 || quoted) endRecord();
  return { delimiter, records, unterminatedQuote: quoted, truncated: false };
}
