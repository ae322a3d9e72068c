/**
 * RFC 4180 CSV reading, by hand (no CSV dependency in the project): comma separated, fields in
 * double quotes may hold commas, line breaks and "" for a quote; CRLF or LF line ends. Each
 * record keeps the 1-based line it starts on, so an import can say "line 12: …".
 */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvResult =
  | { readonly ok: true; readonly records: CsvRecord[] }
  | { readonly ok: false; readonly line: number };

export function parseCsv(text: string): CsvResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteOpened = 0;
  let afterQuote = false;
  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    records.push({ line: start, fields });
    fields = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else if (ch === '"' && field === '' && !afterQuote) {
      quoted = true;
      quoteOpened = line;
    } else if (afterQuote) {
      // Text after a closing quote ("abc"def) is not CSV.
      return { ok: false, line };
    } else field += ch;
  }
  if (quoted) return { ok: false, line: quoteOpened };
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
  return { ok: true, records };
}
