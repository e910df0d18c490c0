// The explorer's URL state, both ways: every view's state survives a round trip, defaults
// stay out of the URL, bad parameters fall back to defaults.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, defaultRelations, nextState, parseUrl, toUrl, type AppState } from '../../client/state.ts';

const at = (path: string) => parseUrl(new URL(path, 'http://127.0.0.1:3000'));
const state = (change: Partial<AppState>): AppState => ({ ...DEFAULT_STATE, relations: [...DEFAULT_STATE.relations], ...change });

describe('URL state', () => {
  it.each<[string, Partial<AppState>]>([
    ['/', {}],
    ['/document/A%2FRES%2F76%2F158', { symbol: 'A/RES/76/158' }],
    ['/document/A%2FRES%2F76%2F158?direction=ancestors&depth=4', { symbol: 'A/RES/76/158', direction: 'ancestors', depth: 4 }],
    ['/document/A%2FRES%2F76%2F158?relations=RECALLS%2CADOPTS', { symbol: 'A/RES/76/158', relations: ['RECALLS', 'ADOPTS'] }],
    ['/document/A%2FRES%2F47%2F133?view=recalled&transitive=true', { symbol: 'A/RES/47/133', view: 'recalled', relations: ['RECALLS', 'REAFFIRMS'], transitive: true }],
    ['/document/A%2FRES%2F217%20A%20(III)?view=browse', { symbol: 'A/RES/217 A (III)', view: 'browse', relations: defaultRelations('browse') }],
    ['/document/instrument%3Audhr?lang=zh', { symbol: 'instrument:udhr', language: 'zh' }],
    ['/console?q=MATCH+%28n%29+RETURN+n+LIMIT+1', { view: 'console', query: 'MATCH (n) RETURN n LIMIT 1' }],
  ])('when the URL is %s, then it reads as that state and is written back the same', (url, change) => {
    const expected = state(change);
    expect(at(url)).toEqual(expected);
    expect(toUrl(expected)).toBe(url);
  });

  it('when a symbol holds a slash or a space, then it stays one path segment', () => {
    expect(toUrl(state({ symbol: 'A/HRC/RES/36/6' }))).toBe('/document/A%2FHRC%2FRES%2F36%2F6');
  });

  it('when parameters are nonsense, then the defaults stand', () => {
    expect(at('/document/X?view=nope&depth=99&direction=sideways&relations=DROP,RECALLS')).toEqual(state({ symbol: 'X', relations: ['RECALLS'] }));
  });

  it('when the view changes, then the relation filter becomes the new view’s default', () => {
    const lineage = state({ symbol: 'A/RES/76/158', relations: ['RECALLS'] });
    expect(nextState(lineage, { view: 'recalled' }).relations).toEqual(['RECALLS', 'REAFFIRMS']);
    expect(nextState(lineage, { depth: 3 }).relations).toEqual(['RECALLS']);
  });
});
