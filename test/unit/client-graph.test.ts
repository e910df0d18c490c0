// The explorer's graph logic on a headless Cytoscape: element conversion and merging,
// expand / collapse / remove / undo, styling categories, time estimates and ranks, the
// layered layout for big graphs, and the SVG and CSV exports.
import cytoscape, { type Core } from 'cytoscape';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphElements } from '../../server/wire.ts';
import { ExpansionHistory, exportElements, mergeElements, ringPositions, toDefinitions, tooltipLines } from '../../client/graph/elements.ts';
import { timelinePositions } from '../../client/graph/layers.ts';
import { GROUP_THRESHOLD, groupSiblings } from '../../client/graph/groups.ts';
import { lineageLayout, DAGRE_MAX_EDGES, DAGRE_MAX_NODES, dagreCanTake, registerLayouts } from '../../client/graph/layouts.ts';
import { nodeCategory, nodeClasses, stylesheet } from '../../client/graph/style.ts';
import { describeTime, estimatedYear, minRankDistance, romanToNumber, yearRanks } from '../../client/graph/time.ts';
import { toSvg } from '../../client/graph/export.ts';
import { edgesCsv, nodesCsv, toGexf, toGraphml } from '../../client/graph/interchange.ts';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import { csvField, toCsv } from '../../client/csv.ts';
import { recalledCsv } from '../../client/views/recalled.ts';
import { translate, vocabularyWord } from '../../client/i18n.ts';
import { humanError } from '../../client/context.ts';
import { ApiError } from '../../client/api.ts';
import { cellText } from '../../client/cells.ts';

type NodeData = GraphElements['nodes'][number]['data'];
type EdgeData = GraphElements['edges'][number]['data'];

const node = (id: string, extra: Partial<NodeData> = {}): { data: NodeData } => ({
  data: { id, label: id, type: 'document', symbol: id, key: null, body: 'GA', kind: 'resolution', session: null, date: null, year: null, title_en: null, title_zh: null, title_fr: null, title_es: null, title_ru: null, title_ar: null, ingested: false, ...extra },
});
const edge = (source: string, relation: EdgeData['relation'], target: string, extra: Partial<EdgeData> = {}): { data: EdgeData } => ({
  data: {
    id: `${source}|${relation}|${target}|${extra.paragraph ?? ''}`, source, target, relation,
    paragraph: null, part: null, verb: null, qualifier: null, quote: null, via: null, footnote: null, languages: [], verb_en: null, verb_zh: null, verb_fr: null, verb_es: null, verb_ru: null, verb_ar: null, quote_en: null, quote_zh: null, quote_fr: null, quote_es: null, quote_ru: null, quote_ar: null, locator: null, ...extra,
  },
});

const sample = {
  nodes: [
    node('A/RES/76/158', { date: '2021-12-16', year: 2021, ingested: true, title_en: 'International Convention', title_zh: '国际公约' }),
    node('A/RES/61/177', { session: '61' }),
    node('A/HRC/RES/36/6', { body: 'HRC', session: '36' }),
    node('CED/C/7', { body: null, kind: 'document' }),
    node('instrument:icpped', { type: 'instrument', symbol: null, key: 'icpped', body: null, kind: 'convention', title_en: 'Convention', title_zh: '《公约》', ingested: true, label: 'ICPPED' }),
  ],
  edges: [
    edge('A/RES/76/158', 'REAFFIRMS', 'A/RES/61/177', { paragraph: 'PP1', quote: 'Reaffirming its resolution 61/177' }),
    edge('A/RES/76/158', 'RECALLS', 'A/HRC/RES/36/6', { paragraph: 'PP3' }),
    edge('A/RES/76/158', 'TAKES_NOTE', 'CED/C/7', { paragraph: 'OP10' }),
    edge('A/RES/61/177', 'ADOPTS', 'instrument:icpped'),
    edge('A/RES/76/158', 'RECALLS', 'A/RES/1/1'), // an end outside the graph: dropped
  ],
};

let cy: Core;
beforeEach(() => {
  registerLayouts();
  cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
});

describe('elements', () => {
  it('when the API elements are converted, then edges with a missing end are dropped and nodes get classes and labels', () => {
    const definitions = toDefinitions(sample, { focus: 'A/RES/76/158', language: 'zh' });
    expect(definitions.filter((d) => d.group === 'edges')).toHaveLength(4);
    const focus = definitions.find((d) => d.data.id === 'A/RES/76/158')!;
    expect(focus.classes).toEqual(['ga', 'focus']);
    expect(definitions.find((d) => d.data.id === 'instrument:icpped')!.data.display).toBe('《公约》');
    expect(definitions.find((d) => d.data.id === 'A/RES/61/177')!.classes).toEqual(['ga', 'not-ingested']);
  });

  it('when elements are merged twice, then nothing is duplicated and existing nodes keep their place', () => {
    mergeElements(cy, sample, { focus: 'A/RES/76/158', language: 'en' });
    cy.getElementById('A/RES/76/158').position({ x: 10, y: 20 });
    const again = mergeElements(cy, sample, { focus: 'A/RES/76/158', language: 'en' });
    expect(again).toEqual({ nodes: [], edges: [] });
    expect(cy.nodes()).toHaveLength(5);
    expect(cy.getElementById('A/RES/76/158').position()).toEqual({ x: 10, y: 20 });
  });

  it('when an edge arrives between nodes already in the graph, then it is added', () => {
    mergeElements(cy, { nodes: sample.nodes, edges: [] }, { focus: null, language: 'en' });
    const merge = mergeElements(cy, { nodes: [], edges: [sample.edges[0]!] }, { focus: null, language: 'en' });
    expect(merge.edges).toEqual([sample.edges[0]!.data.id]);
  });

  it('when the graph is exported as JSON, then it is the API format without display fields', () => {
    mergeElements(cy, sample, { focus: null, language: 'en' });
    const json = exportElements(cy);
    expect(json.nodes[0]!.data).not.toHaveProperty('display');
    expect(json.edges.map((e) => e.data.relation).sort()).toEqual(['ADOPTS', 'REAFFIRMS', 'RECALLS', 'TAKES_NOTE'].sort());
  });
});

describe('expansion history', () => {
  const start = { nodes: [sample.nodes[0]!, sample.nodes[1]!], edges: [sample.edges[0]!] };
  const around61 = { nodes: [sample.nodes[1]!, sample.nodes[4]!, node('A/RES/62/1')], edges: [sample.edges[3]!, edge('A/RES/62/1', 'RECALLS', 'A/RES/61/177')] };

  it('when an expansion is undone, then exactly what it added goes', () => {
    mergeElements(cy, start, { focus: 'A/RES/76/158', language: 'en' });
    const history = new ExpansionHistory(cy);
    history.record({ parent: 'A/RES/61/177', ...mergeElements(cy, around61, { focus: 'A/RES/76/158', language: 'en' }) });
    expect(cy.nodes()).toHaveLength(4);
    expect(history.isExpanded('A/RES/61/177')).toBe(true);
    history.undo();
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['A/RES/61/177', 'A/RES/76/158']);
    expect(cy.edges()).toHaveLength(1);
    expect(history.undo()).toBeNull();
  });

  it('when a node is collapsed, then its expansion goes except nodes linked to something else', () => {
    mergeElements(cy, start, { focus: 'A/RES/76/158', language: 'en' });
    const history = new ExpansionHistory(cy);
    history.record({ parent: 'A/RES/61/177', ...mergeElements(cy, around61, { focus: 'A/RES/76/158', language: 'en' }) });
    // The instrument is also cited by the focus: it stays.
    mergeElements(cy, { nodes: [], edges: [edge('A/RES/76/158', 'CITES', 'instrument:icpped')] }, { focus: null, language: 'en' });
    const removed = history.collapse('A/RES/61/177', 'A/RES/76/158');
    expect(removed).toEqual(['A/RES/62/1']);
    expect(cy.getElementById('instrument:icpped').nonempty()).toBe(true);
    expect(history.isExpanded('A/RES/61/177')).toBe(false);
  });

  it('when a node is removed, then its edges go and undo no longer knows it', () => {
    mergeElements(cy, start, { focus: 'A/RES/76/158', language: 'en' });
    const history = new ExpansionHistory(cy);
    history.record({ parent: 'A/RES/61/177', ...mergeElements(cy, around61, { focus: null, language: 'en' }) });
    history.remove('A/RES/62/1');
    expect(cy.getElementById('A/RES/62/1').empty()).toBe(true);
    history.undo();
    expect(cy.nodes()).toHaveLength(2);
  });

  it('when new nodes are placed on rings, then they keep their distance from the centre and each other', () => {
    const positions = ringPositions({ x: 0, y: 0 }, 20, { radius: 100, spacing: 50 });
    expect(positions).toHaveLength(20);
    for (const p of positions) expect(Math.hypot(p.x, p.y)).toBeGreaterThanOrEqual(99);
  });

  it('when nodes are already drawn around the centre, then new ones are placed where there is room', () => {
    const occupied = ringPositions({ x: 0, y: 0 }, 8, { radius: 100, spacing: 50 });
    const positions = ringPositions({ x: 0, y: 0 }, 12, { radius: 100, spacing: 50, occupied });
    expect(positions).toHaveLength(12);
    for (const p of positions) for (const o of occupied) expect(Math.hypot(p.x - o.x, p.y - o.y)).toBeGreaterThanOrEqual(40);
  });
});

describe('style', () => {
  it.each<[Partial<NodeData>, string]>([
    [{ body: 'GA', kind: 'resolution' }, 'ga'],
    [{ body: 'HRC', kind: 'resolution' }, 'hrc'],
    [{ body: 'SC', kind: 'resolution' }, 'sc'],
    [{ body: 'ECOSOC', kind: 'decision' }, 'otherResolution'],
    [{ body: 'GA', kind: 'document', symbol: 'A/76/315' }, 'report'],
    [{ body: null, kind: 'document', symbol: 'CED/C/7' }, 'treatyBody'],
    [{ type: 'instrument', kind: 'convention' }, 'instrument'],
  ])('when a node is %o, then it is drawn as %s', (data, category) => {
    expect(nodeCategory({ type: 'document', ...data })).toBe(category);
  });

  it('when the focus is not ingested, then it carries both classes', () => {
    expect(nodeClasses({ type: 'document', body: 'GA', kind: 'resolution', ingested: false }, 'X', 'X')).toEqual(['ga', 'not-ingested', 'focus']);
  });

  it('when the stylesheet is applied, then every relation has its own colour', () => {
    mergeElements(cy, sample, { focus: null, language: 'en' });
    const colours = new Set(cy.edges().map((e) => String(e.style('line-color'))));
    expect(colours.size).toBe(4);
  });
});

describe('time', () => {
  it.each<[Partial<NodeData>, number | null]>([
    [{ date: '2021-12-16' }, 2021],
    [{ year: 1992 }, 1992],
    [{ body: 'GA', kind: 'resolution', session: '61' }, 2006],
    [{ body: 'GA', kind: 'resolution', session: 'XXI' }, 1966],
    [{ body: 'HRC', kind: 'resolution', session: '36' }, 2017],
    [{ body: 'HRC', kind: 'document', session: '98' }, null],
  ])('when a node is %o, then its year is about %s', (data, year) => {
    const estimate = estimatedYear(data);
    expect(estimate === null ? null : Math.floor(estimate)).toBe(year);
  });

  it('when times are ranked, then distinct years count and ranks set edge lengths', () => {
    const ranks = yearRanks([
      { id: 'a', time: 1992.9 },
      { id: 'b', time: 2006.9 },
      { id: 'c', time: 2021.9 },
      { id: 'd', time: null },
    ]);
    expect([...ranks]).toEqual([['a', 0], ['b', 1], ['c', 2]]);
    expect(minRankDistance(ranks, 'c', 'a')).toBe(2);
    expect(minRankDistance(ranks, 'a', 'c')).toBe(1);
    expect(minRankDistance(ranks, 'c', 'd')).toBe(1);
    expect(romanToNumber('XXI')).toBe(21);
    expect(describeTime({ body: 'GA', kind: 'resolution', session: '61' })).toBe('≈ 2006');
  });
});

describe('sibling groups', () => {
  const focus = 'A/RES/77/161';
  const describe_ = (g: { members: string[]; from: number | null; to: number | null }) => `${g.members.length} (${g.from}–${g.to})`;
  /** A focus citing `ga` GA resolutions of sessions 40, 41, … and `sc` SC resolutions, cited by `citing` later GA resolutions. */
  const lineage = (ga: number, sc = 0, citing = 0) => ({
    nodes: [
      node(focus, { date: '2022-12-14', ingested: true }),
      ...Array.from({ length: ga }, (_, i) => node(`A/RES/${40 + i}/1`, { session: String(40 + i) })),
      ...Array.from({ length: sc }, (_, i) => node(`S/RES/${1000 + i} (1995)`, { body: 'SC', year: 1995 })),
      ...Array.from({ length: citing }, (_, i) => node(`A/RES/80/${i + 1}`, { session: '80' })),
    ],
    edges: [
      ...Array.from({ length: ga }, (_, i) => edge(focus, 'RECALLS', `A/RES/${40 + i}/1`)),
      ...Array.from({ length: sc }, (_, i) => edge(focus, 'RECALLS', `S/RES/${1000 + i} (1995)`)),
      ...Array.from({ length: citing }, (_, i) => edge(`A/RES/80/${i + 1}`, 'RECALLS', focus)),
    ],
  });

  it.each([
    // [case, elements, open groups, expected groups (id → members)]
    ['as many siblings as the threshold stay as they are', lineage(GROUP_THRESHOLD), [], {}],
    ['thirteen GA resolutions become one group', lineage(13), [], { [`group:${focus}>cites>ga`]: 13 }],
    ['only the kind that is a wall is grouped', lineage(13, 3), [], { [`group:${focus}>cites>ga`]: 13 }],
    ['citing documents form their own group', lineage(2, 0, 14), [], { [`group:${focus}>citedBy>ga`]: 14 }],
    ['an opened group is drawn as its members', lineage(13), [`group:${focus}>cites>ga`], {}],
  ] as const)('when %s', (_case, elements, open, expected) => {
    const result = groupSiblings(elements, focus, { open: new Set(open), describe: describe_ });
    expect(Object.fromEntries(result.groups.map((g) => [g.id, g.members.length]))).toEqual(expected);
    const hidden = new Set(result.groups.flatMap((g) => g.members));
    expect(result.nodes).toHaveLength(elements.nodes.length - hidden.size + result.groups.length);
    // every edge still has both ends drawn
    const ids = new Set(result.nodes.map((n) => n.data.id));
    for (const e of result.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
  });

  it('when a group is made, then it is labelled with its years, stands in its median year, lists members oldest first, and its edges count the citations they stand for', () => {
    const elements = lineage(13);
    // a member that also cites another member, and one cited twice by the focus
    elements.edges.push(edge('A/RES/52/1', 'RECALLS', 'A/RES/40/1'), edge(focus, 'RECALLS', 'A/RES/44/1', { paragraph: 'PP9' }));
    elements.nodes.reverse();
    const { nodes, edges, groups } = groupSiblings(elements, focus, { describe: describe_ });
    const group = groups[0]!;
    expect(group.members[0]).toBe('A/RES/40/1');
    expect(group.members.at(-1)).toBe('A/RES/52/1');
    expect([group.from, group.to]).toEqual([1985, 1997]);
    const data = nodes.find((n) => n.data.id === group.id)!.data;
    expect(data.label).toBe('13 (1985–1997)');
    expect(data.year).toBe(1991);
    expect(nodeCategory(data)).toBe('ga');
    expect(nodeClasses(data, focus, data.id)).toContain('group');
    // 14 citations from the focus, one edge; the member-to-member citation is inside the group
    expect(edges).toHaveLength(1);
    expect(edges[0]!.data).toMatchObject({ source: focus, target: group.id, relation: 'RECALLS', count: 14, quote: null, paragraph: null });
  });
});

describe('layouts', () => {
  it('when a lineage is laid out as a timeline, then each year is one column in order, the undated stand apart on the left, and a column reads by kind, then number', () => {
    const nodes = [
      { id: 'A/RES/61/177', time: 2006.9, rank: 0, label: 'A/RES/61/177' },
      { id: 'A/RES/61/20', time: 2006.95, rank: 0, label: 'A/RES/61/20' },
      { id: 'S/RES/1674 (2006)', time: 2006.3, rank: 2, label: 'S/RES/1674 (2006)' },
      { id: 'A/HRC/RES/1/1', time: 2006.5, rank: 1, label: 'A/HRC/RES/1/1' },
      { id: 'A/RES/76/158', time: 2021.96, rank: 0, label: 'A/RES/76/158' },
      { id: 'A/RES/75/1', time: 2020.7, rank: 0, label: 'A/RES/75/1' },
      { id: 'CED/C/7', time: null, rank: 4, label: 'CED/C/7' },
    ];
    const { positions, columns } = timelinePositions(nodes, { layerSpacing: 100, nodeSpacing: 20, maxColumnHeight: 10 });
    expect(columns.map((c) => c.year)).toEqual([null, 2006, 2020, 2021]);
    const x = (id: string) => positions.get(id)!.x;
    const y = (id: string) => positions.get(id)!.y;
    // one x per year, never shared by two years
    expect(new Set(['A/RES/61/177', 'A/RES/61/20', 'S/RES/1674 (2006)', 'A/HRC/RES/1/1'].map(x)).size).toBe(1);
    expect(x('CED/C/7')).toBeLessThan(x('A/RES/61/177'));
    expect(x('A/RES/61/177')).toBeLessThan(x('A/RES/75/1'));
    expect(x('A/RES/75/1')).toBeLessThan(x('A/RES/76/158'));
    // years skipped (2007–2019) widen the gap, a little
    expect(x('A/RES/75/1') - x('A/RES/61/177')).toBeGreaterThan(x('A/RES/76/158') - x('A/RES/75/1'));
    // GA before HRC before SC; 61/20 before 61/177 (natural order, not string order)
    expect([y('A/RES/61/20'), y('A/RES/61/177'), y('A/HRC/RES/1/1'), y('S/RES/1674 (2006)')]).toEqual([0, 20, 40, 60]);
    expect(columns.find((c) => c.year === 2006)!.x).toBe(x('A/RES/61/177'));
  });

  it('when a year holds more nodes than a column takes, then they wrap into sub-columns of that year, before the next year', () => {
    const nodes = Array.from({ length: 25 }, (_, i) => ({ id: `A/RES/70/${i + 1}`, time: 2015.9, rank: 0, label: `A/RES/70/${i + 1}` }));
    nodes.push({ id: 'A/RES/71/1', time: 2016.8, rank: 0, label: 'A/RES/71/1' });
    const { positions, columns } = timelinePositions(nodes, { layerSpacing: 100, nodeSpacing: 20, maxColumnHeight: 10 });
    const xs = [...new Set(nodes.slice(0, 25).map((n) => positions.get(n.id)!.x))];
    expect(xs).toHaveLength(3);
    expect(positions.get('A/RES/71/1')!.x).toBeGreaterThan(Math.max(...xs));
    expect(columns).toHaveLength(2);
  });

  it('when the timeline layout runs headless, then the cited lies left of what cites it and the columns are kept for the axis', async () => {
    mergeElements(cy, sample, { focus: null, language: 'en' });
    await new Promise<void>((resolve) => {
      const layout = cy.layout(lineageLayout(cy.nodes().length, cy.elements()));
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    expect(cy.getElementById('A/RES/76/158').position().x).toBeGreaterThan(cy.getElementById('A/RES/61/177').position().x);
    expect((cy.scratch('timeline') as { year: number | null }[]).map((c) => c.year)).toEqual([null, 2006, 2017, 2021]);
    expect((lineageLayout(DAGRE_MAX_NODES, undefined, 'compact') as { name: string }).name).toBe('dagre');
    expect((lineageLayout(DAGRE_MAX_NODES + 1, undefined, 'compact') as { name: string }).name).toBe('timeline');
    expect((lineageLayout(5) as { name: string }).name).toBe('timeline');
    expect(dagreCanTake(10, DAGRE_MAX_EDGES + 1)).toBe(false);
  });

  it('when dagre lays out a compact lineage, then the older document is on the left', async () => {
    mergeElements(cy, sample, { focus: null, language: 'en' });
    await new Promise<void>((resolve) => {
      const layout = cy.layout(lineageLayout(cy.nodes().length, cy.elements(), 'compact'));
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    expect(cy.getElementById('A/RES/61/177').position().x).toBeLessThan(cy.getElementById('A/RES/76/158').position().x);
  });
});

describe('exports', () => {

  /** The sample with a node whose label needs escaping, drawn at known positions. */
  const drawn = () => {
    mergeElements(cy, { nodes: [...sample.nodes, node('A&B <1>', { date: '1970-01-01', year: 1970 })], edges: [...sample.edges, edge('A/RES/61/177', 'CITES', 'A&B <1>', { quote: 'see "A&B"' })] }, { focus: 'A/RES/76/158', language: 'en' });
    cy.nodes().forEach((n, i) => {
      n.position({ x: i * 100, y: i * 10 });
    });
  };

  it.each([
    ['GraphML', (c: Core) => parseGraphml(MultiDirectedGraph, toGraphml(c))],
    ['GEXF', (c: Core) => parseGexf(MultiDirectedGraph, toGexf(c))],
  ] as const)('when the view is written as %s, then a real reader of the format gets back every node and edge with its attributes', (_format, roundTrip) => {
    drawn();
    const graph = roundTrip(cy);
    expect(graph.order).toBe(cy.nodes().length);
    expect(graph.size).toBe(cy.edges().length);
    expect(graph.getNodeAttribute('A&B <1>', 'label')).toBe('A&B <1>');
    expect(graph.getNodeAttribute('A/RES/76/158', 'ingested')).toBe(true);
    expect(graph.getNodeAttribute('A/RES/76/158', 'category')).toBe('ga');
    expect(graph.getNodeAttribute('instrument:icpped', 'label')).toBe('Convention'); // drawn with its name, as on screen
    const cites = graph.edges('A/RES/61/177', 'A&B <1>');
    expect(cites).toHaveLength(1);
    expect(graph.getEdgeAttribute(cites[0]!, 'relation')).toBe('CITES');
    expect(graph.getEdgeAttribute(cites[0]!, 'quote')).toBe('see "A&B"');
    expect(graph.getEdgeAttribute(graph.edges('A/RES/76/158', 'A/RES/61/177')[0]!, 'paragraph')).toBe('PP1');
  });

  it('when the view is written as CSV tables, then the nodes and edges have the columns Gephi imports, one row each', () => {
    drawn();
    const nodes = nodesCsv(cy).replace(/^\uFEFF/, '').trim().split('\r\n');
    const edges = edgesCsv(cy).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(nodes[0]!.split(',').slice(0, 3)).toEqual(['Id', 'Label', 'category']);
    expect(edges[0]!.split(',').slice(0, 4)).toEqual(['Source', 'Target', 'Type', 'relation']);
    expect(nodes).toHaveLength(cy.nodes().length + 1);
    expect(edges).toHaveLength(cy.edges().length + 1);
    expect(edges).toContain('A/RES/61/177,A&B <1>,Directed,CITES,,,,,"see ""A&B""",1');
  });
  it('when the graph becomes SVG, then labels are escaped text and every node and edge is drawn', () => {
    mergeElements(cy, { nodes: [...sample.nodes, node('<script>alert(1)</script>')], edges: sample.edges }, { focus: null, language: 'en' });
    cy.nodes().forEach((n, i) => {
      n.position({ x: i * 100, y: 0 });
    });
    const svg = toSvg(cy, { title: 'A&B' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;');
    expect(svg.match(/<line /g)).toHaveLength(4);
    expect(svg).toContain('<title>A&#38;B</title>');
  });

  it('when a CSV is built, then quotes, commas, line breaks and formulas are made safe', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"\n')).toBe('"say ""hi""\n"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(toCsv(['a'], [['回顾']])).toBe('\uFEFFa\r\n回顾\r\n');
  });

  it('when a recalled-by list is exported, then each citation is a row with both quotes', () => {
    const from = { ...sample.nodes[0]!.data };
    const to = { ...sample.nodes[1]!.data };
    const csv = recalledCsv([
      {
        from, to, relation: 'REAFFIRMS', depth: 1,
        evidence: { paragraph: 'PP1', part: 'preamble', verb: 'Reaffirming', qualifier: null, quote: 'Reaffirming its resolution 61/177', via: 'text', footnote: null, languages: ['en', 'zh'], verb_en: 'Reaffirming', verb_zh: '重申', quote_en: 'Reaffirming its resolution 61/177', quote_zh: '重申其第61/177号决议' },
      },
    ]);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('A/RES/76/158');
    expect(lines[1]).toContain('重申其第61/177号决议');
  });
});

describe('interface strings', () => {
  it('when a message has placeholders, then they are filled in either language', () => {
    expect(translate('en', 'recalled.count', { n: 3 })).toBe('3 citation(s), oldest first');
    expect(translate('zh', 'recalled.count', { n: 3 })).toBe('3 条援引，按时间先后排列');
  });

  it.each([
    ['zh', 'body', 'GA', '大会'],
    ['fr', 'body', 'SC', 'Conseil de sécurité'],
    ['zh', 'docKind', 'resolution', '决议'],
    ['fr', 'docKind', 'convention', 'convention'],
    ['zh', 'part', 'preamble', '序言部分'],
    ['fr', 'via', 'footnote', 'une note de bas de page'],
    // a value the tables have no word for is shown as it is
    ['zh', 'docKind', 'treaty-body-report', 'treaty-body-report'],
  ] as const)('when the graph says %s %s %j, then the page says %j', (language, group, value, expected) => {
    expect(vocabularyWord(language, group, value)).toBe(expected);
  });

  it.each([
    ['bad_request', 'q: Too big: expected string to have <=200 characters', 'zh', '搜索内容最多 200 个字符。'],
    ['rate_limited', 'too many requests', 'fr', 'Trop de requêtes à la fois — patientez un instant puis réessayez.'],
    ['query_timeout', 'timed out after 5000 ms', 'en', 'The graph took too long to answer; try a smaller depth or fewer relations.'],
    ['bad_request', 'Invalid input: expected one of out, in', 'en', 'That could not be asked: Invalid input: expected one of out, in'],
    ['not_found', 'no document or instrument "A/RES/99/999" in the graph', 'zh', '图中没有：A/RES/99/999'],
  ] as const)('when the server answers %s (%j), then the %s page says %j', (code, message, language, expected) => {
    expect(humanError({ t: (key, values) => translate(language, key, values) }, new ApiError(code, message, 400))).toBe(expected);
  });
});

describe('a node\'s tooltip', () => {
  const stub = { id: 'S/RES/2282 (2016)', label: 'S/RES/2282 (2016)', type: 'document' as const, symbol: 'S/RES/2282 (2016)', key: null, body: 'SC', kind: 'resolution', session: null, date: '2016-04-27', year: 2016, title_en: 'Security Council resolution 2282 (2016) [on post-conflict peacebuilding]', title_zh: null, ingested: false };

  it('when a stub has a title and date from the voting records, then the tooltip names it and dates it', () => {
    expect(tooltipLines(stub, 'en')).toEqual(['S/RES/2282 (2016)', 'Security Council resolution 2282 (2016) [on post-conflict peacebuilding]', '2016-04-27']);
  });

  it('when there is no title in the chosen language, then the other language\'s is shown; with no title and no date, only the symbol', () => {
    expect(tooltipLines(stub, 'zh')[1]).toMatch(/post-conflict/);
    expect(tooltipLines({ ...stub, title_en: null, date: null, year: null }, 'en')).toEqual(['S/RES/2282 (2016)']);
  });
});

describe('console cells', () => {
  const node = (symbol: string) => ({ elementId: symbol, labels: ['Document'], properties: { symbol } });
  const recalls = { elementId: 'r', type: 'RECALLS', start: 'a', end: 'b', properties: { paragraph: 'PP3' } };
  it.each([
    ['a node', node('A/RES/76/158'), '(:Document A/RES/76/158)'],
    ['a relationship', recalls, '[:RECALLS PP3]'],
    ['a path', { start: node('A/RES/76/158'), end: node('A/RES/61/177'), segments: [{ start: node('A/RES/76/158'), relationship: recalls, end: node('A/RES/61/177') }] }, '(:Document A/RES/76/158) -[:RECALLS PP3]-> (:Document A/RES/61/177)'],
    ['a list of nodes', [node('A/RES/1'), node('A/RES/2')], '(:Document A/RES/1), (:Document A/RES/2)'],
    ['a map', { n: 1 }, '{"n":1}'],
  ] as const)('when a cell holds %s, then it reads %j', (_what, value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
});
