/**
 * Splits CSV text into records for the preview table, each with the file line it starts on
 * (the header is line 1), the numbering core uses in its per-line errors. Quoted fields may hold
 * commas, doubled quotes and line breaks. Display only: core parses and checks again.
 */
export interface PreviewRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export function previewCsv(text: string, maxRecords = 500): PreviewRecord[] {
  const s = text.replace(/^\uFEFF/, '');
  const out: PreviewRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== '')) out.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < s.length && out.length < maxRecords; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += ch;
  }
  if ((field !== '' || fields.length > 0) && out.length < maxRecords) endRecord();
  return out;
}

/** How many lines the file has, for "showing the first N". */
export const countLines = (text: string): number =>
  text === '' ? 0 : text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').length;
