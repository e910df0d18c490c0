// The explorer's URL state, both ways: every view's state survives a round trip, defaults
// stay out of the URL, bad parameters fall back to defaults.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, NO_FILTER, defaultRelations, nextState, parseUrl, toUrl, type AppState } from '../../client/state.ts';

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
    ['/document/A%2FRES%2F75%2F133?layout=compact&open=group%3AA%2FRES%2F75%2F133%3Ecites%3Ega', { symbol: 'A/RES/75/133', layout: 'compact', open: ['group:A/RES/75/133>cites>ga'] }],
    [
      '/document/A%2FRES%2F75%2F100?view=browse&body=SC&from=2017&to=2018-12-31&subject=UNBIS%3Ahealth&ingested=true',
      { symbol: 'A/RES/75/100', view: 'browse', relations: defaultRelations('browse'), filter: { body: 'SC', from: '2017', to: '2018-12-31', subject: 'UNBIS:health', ingested: true } },
    ],
    ['/document/A%2FRES%2F76%2F158?view=browse&expand=A%2FHRC%2FRES%2F36%2F6&expand=CED%2FC%2F7', { symbol: 'A/RES/76/158', view: 'browse', relations: defaultRelations('browse'), expanded: ['A/HRC/RES/36/6', 'CED/C/7'] }],
    ['/document/A%2FRES%2F70%2F262?view=recalled&from=2019', { symbol: 'A/RES/70/262', view: 'recalled', relations: ['RECALLS', 'REAFFIRMS'], filter: { ...NO_FILTER, from: '2019' } }],
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
    expect(at('/document/X?from=last+year&to=1990-1-1&ingested=yes&open=drop+table&layout=3d')).toEqual(state({ symbol: 'X' }));
  });

  it('when another document or depth is chosen, then opened groups close, but the filter stays', () => {
    const opened = state({ symbol: 'A', open: ['group:A>cites>ga'], filter: { ...NO_FILTER, body: 'GA' } });
    expect(nextState(opened, { depth: 3 }).open).toEqual([]);
    expect(nextState(opened, { symbol: 'B' }).filter.body).toBe('GA');
    expect(nextState(opened, { language: 'zh' }).open).toEqual(['group:A>cites>ga']);
    const browsed = state({ symbol: 'A', view: 'browse', expanded: ['B'] });
    expect(nextState(browsed, { symbol: 'C' }).expanded).toEqual([]);
    expect(nextState(browsed, { language: 'fr' }).expanded).toEqual(['B']);
    expect(nextState(browsed, { expanded: ['B', 'D'] }).expanded).toEqual(['B', 'D']);
  });

  it('when the view changes, then the relation filter becomes the new view’s default', () => {
    const lineage = state({ symbol: 'A/RES/76/158', relations: ['RECALLS'] });
    expect(nextState(lineage, { view: 'recalled' }).relations).toEqual(['RECALLS', 'REAFFIRMS']);
    expect(nextState(lineage, { depth: 3 }).relations).toEqual(['RECALLS']);
  });
});
