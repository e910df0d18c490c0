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

/** Each file's property names, to refuse a property with no column. */
const KNOWN = new Map((Object.keys(FILES) as FileName[]).map((name) => [name, new Set<string>(FILES[name].columns.map((c) => c.name))]));

/** Rows → their CSV lines, per file, in the order of the rows. */
export function formatRows(rows: readonly Row[], into: FormattedRows = {}): FormattedRows {
  for (const row of rows) {
    const known = KNOWN.get(row.file)!;
    for (const name in row.values) if (!known.has(name)) throw new Error(`${row.file}: no column for the property ${name} (add it to ingest/bulk/columns.ts)`);
    // a loop, not map and join: most columns of most rows are empty, and this runs for every row
    let line = '';
    const columns = FILES[row.file].columns;
    for (let i = 0; i < columns.length; i++) {
      const value = row.values[columns[i]!.name];
      if (i > 0) line += ',';
      if (value !== null && value !== undefined) line += csvField(value, columns[i]!.type, row.file, columns[i]!.name);
    }
    const target = (into[row.file] ??= { text: '', rows: 0, multiline: false });
    if (!target.multiline && /[\n\r]/.test(line)) target.multiline = true;
    target.text += `${line}\n`;
    target.rows++;
  }
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
