// Symbols: canonical forms, what users type, what a symbol tells by itself.
import { describe, expect, it } from 'vitest';
import { bareNumberPrefixes, describeSymbol, normalizeDocumentSymbol, parseSymbolQuery } from '../../ingest/index.ts';

describe('bareNumberPrefixes', () => {
  it.each([
    ['1325', ['S/RES/1325 (', 'A/RES/1325 (']],
    ['4250', ['S/RES/4250 (']],
    ['resolution 1325', ['S/RES/1325 (', 'A/RES/1325 (']],
    ['Security Council resolution 1325', ['S/RES/1325 (']],
    ['UNSCR 1325', ['S/RES/1325 (']],
    ['SCR 1325', ['S/RES/1325 (']],
    ['SC 1325', ['S/RES/1325 (']],
    ['S/RES/1325', ['S/RES/1325 (']],
    ['General Assembly resolution 1514', ['A/RES/1514 (']],
    ['résolution 1514', ['S/RES/1514 (', 'A/RES/1514 (']],
    ['Conseil de sécurité 1325', ['S/RES/1325 (']],
    ['decision 1325', []],
    ['61/177', []],
    ['1325 (2000)', []],
    ['women 1325', []],
  ])('when a user types %j, then the symbols it may begin are %j', (input, expected) => {
    expect(bareNumberPrefixes(input)).toEqual(expected);
  });
});

describe('parseSymbolQuery', () => {
  it.each([
    ['76/158', ['A/RES/76/158']],
    ['61/177', ['A/RES/61/177', 'A/HRC/RES/61/177']],
    ['36/6', ['A/RES/36/6', 'A/HRC/RES/36/6']],
    ['A/RES/61/177', ['A/RES/61/177']],
    ['a/res/61/177', ['A/RES/61/177']],
    ['第76/158号', ['A/RES/76/158']],
    ['第76/158号决议', ['A/RES/76/158']],
    ['HRC 36/6', ['A/HRC/RES/36/6']],
    ['人权理事会第36/6号决议', ['A/HRC/RES/36/6']],
    ['S/RES/1325(2000)', ['S/RES/1325 (2000)']],
    ['1325 (2000)', ['S/RES/1325 (2000)']],
    ['resolution 1325(2000)', ['S/RES/1325 (2000)']],
    ['217 A (III)', ['A/RES/217 A (III)', 'E/RES/217 A (III)', 'E/CN.4/RES/217 A (III)']],
    ['A/RES/217 A (III)', ['A/RES/217 A (III)']],
    ['decision 65/530', ['A/DEC/65/530']],
    ['2019/1', ['E/RES/2019/1']],
    ['1993/51', ['E/RES/1993/51', 'E/CN.4/RES/1993/51']],
    ['a/76/462/add.2', ['A/76/462/Add.2']],
    ['A/HRC/WGEID/98/1/Corr.1', ['A/HRC/WGEID/98/1/Corr.1']],
    ['S-8/1', ['A/RES/S-8/1', 'A/HRC/RES/S-8/1']],
    // the keywords and body names of the six languages, from their tables
    ['résolution 1325 (2000)', ['S/RES/1325 (2000)']],
    ['Conseil de sécurité résolution 1325 (2000)', ['S/RES/1325 (2000)']],
    ['Consejo de Derechos Humanos 36/6', ['A/HRC/RES/36/6']],
    ['décision 65/530', ['A/DEC/65/530']],
    ['резолюция 1722 (XVI)', ['A/RES/1722 (XVI)', 'E/RES/1722 (XVI)', 'E/CN.4/RES/1722 (XVI)']],
    ['Совет Безопасности 1325 (2000)', ['S/RES/1325 (2000)']],
    ['مجلس حقوق الإنسان 36/6', ['A/HRC/RES/36/6']],
    // "resolución" is not "res." followed by more letters
    ['resolución 61/177', ['A/RES/61/177', 'A/HRC/RES/61/177']],
    ['hello', []],
    ['', []],
  ])('when a user types %j, then the candidates are %j', (input, expected) => {
    expect(parseSymbolQuery(input)).toEqual(expected);
  });
});

describe('normalizeDocumentSymbol', () => {
  it.each([
    ['A/RES/49/222A', 'A/RES/49/222 A'],
    ['S/RES/1325(2000)', 'S/RES/1325 (2000)'],
    ['A/CONF.157/24 (Part I)', 'A/CONF.157/24 (Part I)'],
    ['A/74/213.', 'A/74/213'],
    ['FCCC/CP/2015/10/Add.', 'FCCC/CP/2015/10'],
    // a modifier cut at a line end, after a resolution symbol: the resolution's canonical form (bench:reliability's fuzz)
    ['S/RES/2250(2015)/Corr', 'S/RES/2250 (2015)'],
    ['A/RES/61/177/Add.', 'A/RES/61/177'],
    ['WHA58/2005/REC/1', null],
    ['A/B', null],
  ])('%s → %s', (raw, canonical) => {
    expect(normalizeDocumentSymbol(raw)).toBe(canonical);
  });
});

describe('describeSymbol', () => {
  it('when a symbol is a corrigendum, then its base document is told', () => {
    expect(describeSymbol('A/HRC/WGEID/98/1/Corr.1')).toMatchObject({ kind: 'document', body: 'HRC', base: 'A/HRC/WGEID/98/1', modifier: 'Corr.1' });
  });
  it('when a symbol is a resolution, then body, kind, session or year and number are told', () => {
    expect(describeSymbol('A/HRC/RES/36/6')).toMatchObject({ body: 'HRC', kind: 'resolution', session: '36', number: 6 });
    expect(describeSymbol('S/RES/1325 (2000)')).toMatchObject({ body: 'SC', kind: 'resolution', year: 2000, number: 1325 });
    expect(describeSymbol('A/RES/217 A (III)')).toMatchObject({ body: 'GA', session: 'III', number: 217, part: 'A' });
    expect(describeSymbol('A/DEC/65/530')).toMatchObject({ body: 'GA', kind: 'decision', session: '65', number: 530 });
    expect(describeSymbol('E/CN.4/RES/1993/51')).toMatchObject({ body: 'CHR', kind: 'resolution', year: 1993 });
  });
  it('when a symbol is a GA document, then its session is told', () => {
    expect(describeSymbol('A/76/462/Add.2')).toMatchObject({ body: 'GA', session: '76', base: 'A/76/462' });
  });
});
