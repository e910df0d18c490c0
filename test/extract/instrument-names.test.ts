// The gazetteer's names in French, Spanish, Russian and Arabic: every name and variant is printable as given
// (not empty, no white space at either end), no form belongs to two instruments of one language (names match
// case-insensitively with any white space between words), a French form with an apostrophe is there with both
// apostrophes (’ as the UN prints it, ' as many texts give it), and an instrument named in a language whose English
// short forms refer back to it has short forms in that language too.
import { describe, expect, it } from 'vitest';
import { extractFragment } from '../../ingest/index.ts';
import { INSTRUMENTS, type Instrument } from '../../ingest/data/instruments.ts';

const LANGUAGES = ['fr', 'es', 'ru', 'ar'] as const;
type Other = (typeof LANGUAGES)[number];

const formsOf = (named: { name: string; variants: string[] }) => [named.name, ...named.variants];
/** A form as the matcher compares it: case and the run of white space between words do not count. */
const normalized = (form: string) => form.toLowerCase().replace(/\s+/g, ' ');

/** [language, key, names] for every instrument named in a language. */
const named = LANGUAGES.flatMap((lang) =>
  INSTRUMENTS.flatMap((i: Instrument) => {
    const names = i[lang];
    return names ? [[lang, i.key, names] as const] : [];
  }),
);

describe('instrument names in French, Spanish, Russian and Arabic', () => {
  it.each(named)('when the %s name of %s is read, then it and its variants are non-empty, trimmed and distinct', (_lang, _key, names) => {
    for (const form of formsOf(names)) {
      expect(form.trim()).not.toBe('');
      expect(form).toBe(form.trim());
    }
    const forms = formsOf(names).map(normalized);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it.each(LANGUAGES)('when the %s names are read, then no name or variant belongs to two instruments', (lang: Other) => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const [, key, names] of named.filter(([l]) => l === lang)) {
      for (const form of formsOf(names)) {
        const other = owner.get(normalized(form));
        if (other !== undefined && other !== key) shared.push(`${form}: ${other}, ${key}`);
        owner.set(normalized(form), key);
      }
    }
    expect(shared).toEqual([]);
  });

  it.each(named.filter(([lang, , names]) => lang === 'fr' && formsOf(names).some((f) => /['’]/.test(f))))(
    'when the %s name of %s has an apostrophe, then each of its forms is there with the other apostrophe too',
    (_lang, _key, names) => {
      const forms = formsOf(names);
      for (const form of forms.filter((f) => f.includes('’'))) expect(forms).toContain(form.replace(/’/g, "'"));
      for (const form of forms.filter((f) => f.includes("'"))) expect(forms).toContain(form.replace(/'/g, '’'));
    },
  );

  it.each(LANGUAGES)('when an instrument has a %s name and English short forms, then it has %s short forms, each trimmed', (lang: Other) => {
    const missing: string[] = [];
    for (const i of INSTRUMENTS) {
      if (!i[lang]) continue;
      const short = i.shortForms[lang] ?? [];
      if (i.shortForms.en.length > 0 && short.length === 0) missing.push(i.key);
      for (const s of short) {
        expect(s.trim()).not.toBe('');
        expect(s).toBe(s.trim());
      }
    }
    expect(missing).toEqual([]);
  });

  // French is extracted: each French name (without its article, which the matcher leaves out) is found.
  it.each(INSTRUMENTS.flatMap((i) => (i.fr ? [[i.key, i.fr.name] as const] : [])))('when %s is recalled by its French name, then it is cited', (key, name) => {
    const record = extractFragment({ id: 0, text: `Rappelant ${name},` }, 'fr');
    expect(record.citations.map((c) => `${c.relation}:${c.target}`)).toContain(`RECALLS:${key}`);
  });
});
