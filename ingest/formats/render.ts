// The one text convention every structured reader (AKN, PDF, HTML, Word) writes, so that the
// later stages read all formats alike and every span points into a text the user can print
// (`citegraph extract --text FILE`):
//
//   A/RES/75/100                                   header lines, one per line
//   Resolution adopted by the General Assembly on 10 December 2020
//   75/100. Comprehensive review of special political missions
//
//   The General Assembly,                          then one paragraph per line,
//                                                  a blank line between paragraphs
//   Recalling the relevant reports,[^1] which …    footnote markers written "[^n]"
//
//   1. Welcomes …
//
//   [^1]: A/66/340 and A/66/7/Add.21.              the footnotes after the body
//
// A file may hold several documents (an AKN collection of parts A and B): each is a range of
// the one text.
import type { DocumentMetadata, Span } from '../models.ts';

/** One document of a rendered file: its range of the text and what the format says of it. */
export interface RenderedDocument {
  range: Span;
  metadata: DocumentMetadata | null;
  /** Where the body starts (after the cover page and preface) and the operative part, where the format marks them. */
  structure?: { body: number; operative: Span | null };
}

export interface Rendered {
  text: string;
  documents: RenderedDocument[];
}

/** Collapses white space (line breaks, tabs, no-break spaces) into single spaces and trims. */
export function oneLine(text: string): string {
  return text.replace(NOT_A_LONE_SPACE, ' ').trim();
}

/**
 * Runs of white space (\s, which holds U+00A0, U+202F, U+2009 and U+FEFF, and U+200B) other than a
 * lone plain space: replacing those alone gives the same text as replacing every run, without a
 * match (and a copy) at every space between two words.
 */
const NOT_A_LONE_SPACE = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

/** Footnote numbers as written ("1", "12"); other markers ("*", "a") are not bound to citations. */
export const FOOTNOTE_NUMBER = /^\d{1,3}$/;

export class TextRenderer {
  private parts: string[] = [];
  private length = 0;
  private footnotes: { number: string; text: string }[] = [];
  private documentStart: number | null = null;
  private readonly documents: RenderedDocument[] = [];

  private write(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** A header line (symbol, "Resolution adopted by …", title); empty text is skipped. */
  line(text: string): this {
    const t = oneLine(text);
    if (t) this.write(`${t}\n`);
    return this;
  }

  /** Ends a group of header lines. */
  blank(): this {
    if (this.length > 0 && !this.endsWithBlank()) this.write('\n');
    return this;
  }

  /** One paragraph on one line, with a blank line after it. Markers inside are already "[^n]". */
  paragraph(text: string): this {
    const t = oneLine(text);
    if (!t) return this;
    this.blank();
    this.write(`${t}\n\n`);
    return this;
  }

  /** A footnote's text, written after the current document's body. */
  footnote(number: string, text: string): this {
    const t = oneLine(text);
    if (FOOTNOTE_NUMBER.test(number) && t && !this.footnotes.some((f) => f.number === number)) this.footnotes.push({ number, text: t });
    return this;
  }

  beginDocument(): this {
    this.documentStart = this.length;
    this.body = null;
    this.operative = null;
    return this;
  }

  private body: number | null = null;
  private operative: Span | null = null;
  private operativeStart: number | null = null;

  /** Marks where the body of the current document starts: what is before it is its header. */
  beginBody(): this {
    this.blank();
    this.body ??= this.length;
    return this;
  }

  /** Marks the start and the end of the operative part of the current document. */
  beginOperative(): this {
    this.blank();
    this.operativeStart = this.length;
    return this;
  }

  endOperative(): this {
    if (this.operativeStart !== null) this.operative = [this.operativeStart, this.length];
    this.operativeStart = null;
    return this;
  }

  /** Writes the footnotes collected since beginDocument and closes the document's range. */
  endDocument(metadata: DocumentMetadata | null): this {
    this.writeFootnotes();
    this.documents.push({ range: [this.documentStart ?? 0, this.length], metadata, ...(this.body !== null ? { structure: { body: this.body, operative: this.operative } } : {}) });
    this.documentStart = null;
    return this;
  }

  private writeFootnotes(): void {
    for (const f of this.footnotes) {
      this.blank();
      this.write(`[^${f.number}]: ${f.text}\n`);
    }
    this.footnotes = [];
  }

  private endsWithBlank(): boolean {
    const last = this.parts[this.parts.length - 1] ?? '';
    const before = this.parts[this.parts.length - 2] ?? '';
    return last.endsWith('\n\n') || (last === '\n' && before.endsWith('\n'));
  }

  finish(): Rendered {
    if (this.documentStart !== null || this.documents.length === 0) {
      this.writeFootnotes();
      this.documents.push({ range: [this.documentStart ?? 0, this.length], metadata: null });
    }
    return { text: this.parts.join(''), documents: this.documents };
  }
}

/** The marker written for footnote `n` inside a paragraph. */
export const marker = (n: string): string => (FOOTNOTE_NUMBER.test(n) ? `[^${n}]` : '');
