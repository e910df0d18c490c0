// bulk, stage 3: rows → the import files, one header file and one data file per node label or
// relationship group (columns.ts), written as they come: nothing is kept but a buffer per file.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { FILES, csvField, headerLine, type FileName } from './columns.ts';
import type { Row } from './fold.ts';

export interface CsvFile {
  name: FileName;
  kind: 'nodes' | 'relationships';
  header: string;
  data: string;
  rows: number;
  /** A value holds a line break: the importer must read this file as multi-line. */
  multiline: boolean;
}

/** Rows formatted as the lines of their files, made where the rows are (a fold worker): the writer only appends them. */
export type FormattedRows = Partial<Record<FileName, { text: string; rows: number; multiline: boolean }>>;

/** Each file's columns by property name, to place a row's few properties (and refuse one with no column). */
const COLUMN_INDEX = new Map((Object.keys(FILES) as FileName[]).map((name) => [name, new Map<string, number>(FILES[name].columns.map((c, i) => [c.name, i]))]));
/** Runs of commas, for the empty columns between a row's values. */
const COMMAS = Array.from({ length: 128 }, (_, n) => ','.repeat(n));

/** Rows → their CSV lines, per file, in the order of the rows. */
export function formatRows(rows: readonly Row[], into: FormattedRows = {}): FormattedRows {
  // A row's fields by column, kept sorted by insertion (a row has a dozen values at most).
  const at: number[] = [];
  const field: string[] = [];
  const lines = new Map<FileName, string[]>();
  for (const row of rows) {
    const index = COLUMN_INDEX.get(row.file)!;
    const columns = FILES[row.file].columns;
    const values = row.values;
    // Most columns of most rows are empty (per-language evidence, titles): visit the row's own
    // properties, not every column, and fill the gaps with runs of commas.
    let n = 0;
    for (const name of Object.keys(values)) {
      const i = index.get(name);
      if (i === undefined) throw new Error(`${row.file}: no column for the property ${name} (add it to ingest/bulk/columns.ts)`);
      const value = values[name];
      if (value === null || value === undefined) continue;
      let j = n++;
      for (; j > 0 && at[j - 1]! > i; j--) {
        at[j] = at[j - 1]!;
        field[j] = field[j - 1]!;
      }
      at[j] = i;
      field[j] = csvField(value, columns[i]!.type, row.file, name);
    }
    let line = '';
    let column = 0;
    for (let k = 0; k < n; k++) {
      line += COMMAS[at[k]! - column]! + field[k]!;
      column = at[k]!;
    }
    line += COMMAS[columns.length - 1 - column]!;
    const target = (into[row.file] ??= { text: '', rows: 0, multiline: false });
    if (!target.multiline && /[\n\r]/.test(line)) target.multiline = true;
    target.rows++;
    let list = lines.get(row.file);
    if (!list) lines.set(row.file, (list = []));
    list.push(line);
  }
  // one join a file: a string built by += over thousands of rows is a deep rope to flatten later
  for (const [file, list] of lines) into[file]!.text += `${list.join('\n')}\n`;
  return into;
}

export class CsvWriter {
  private readonly files = new Map<FileName, { file: CsvFile; out: fs.WriteStream; buffer: string[]; size: number }>();

  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, spec] of Object.entries(FILES) as [FileName, (typeof FILES)[FileName]][]) {
      const header = path.join(dir, `${name}.header.csv`);
      fs.writeFileSync(header, headerLine(spec.columns));
      const data = path.join(dir, `${name}.csv`);
      this.files.set(name, {
        file: { name, kind: spec.kind, header, data, rows: 0, multiline: false },
        out: fs.createWriteStream(data),
        buffer: [],
        size: 0,
      });
    }
  }

  async write(rows: readonly Row[]): Promise<void> {
    await this.append(formatRows(rows));
  }

  /** Appends lines formatted elsewhere (formatRows), file by file. */
  async append(formatted: FormattedRows): Promise<void> {
    for (const [name, part] of Object.entries(formatted) as [FileName, NonNullable<FormattedRows[FileName]>][]) {
      const target = this.files.get(name)!;
      target.file.rows += part.rows;
      target.file.multiline ||= part.multiline;
      if (!part.text) continue;
      target.buffer.push(part.text);
      target.size += part.text.length;
      if (target.size > 1 << 19) await this.flush(target);
    }
  }
  private async flush(target: { out: fs.WriteStream; buffer: string[]; size: number }): Promise<void> {
    const chunk = target.buffer.join('');
    target.buffer = [];
    target.size = 0;
    if (chunk && !target.out.write(chunk)) await once(target.out, 'drain');
  }

  /** Closes every file; returns them, with their row counts. */
  async close(): Promise<CsvFile[]> {
    for (const target of this.files.values()) {
      await this.flush(target);
      target.out.end();
      await once(target.out, 'close');
    }
    return [...this.files.values()].map((t) => t.file);
  }
}
