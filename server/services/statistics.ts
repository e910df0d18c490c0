// The statistics view's numbers: the most recalled documents overall, per body and per decade
// (one aggregation, grouped here), citations made per year, and for one document the
// documents that cited it in each year.
import type { Repository } from '../repository.ts';
import type { Relation, StatisticsResponse } from '../wire.ts';
import { resolveTarget, targetParams } from './documents.ts';
import { toGraphNode } from './values.ts';
import { MAIN_BODIES } from '../../ingest/vocabulary.ts';
// the explorer's own estimate (date, else year, else session), so a decade here is the column a lineage puts it in
import { estimatedYear } from '../../client/graph/time.ts';

/** How many most-recalled documents are read (the lists per body and decade are cut from them). */
const POOL = 5000;

export async function statistics(repository: Repository, options: { top: number }): Promise<StatisticsResponse> {
  const [recalled, perYear, core] = await Promise.all([
    repository.run('statistics-most-recalled', { limit: POOL }),
    repository.run('statistics-citations-per-year', {}),
    repository.run('statistics-core', { limit: options.top }),
  ]);
  const items = recalled.map((row) => ({ node: toGraphNode(row.props, row.labels).data, recalledBy: row.recalledBy }));
  const top = <T>(list: T[]) => list.slice(0, options.top);
  // the main bodies have a list each; the rest share "other"
  const byBody = [...MAIN_BODIES, 'other'].map((body) => ({
    body,
    items: top(items.filter((i) => (body === 'other' ? !(MAIN_BODIES as readonly string[]).includes(i.node.body ?? '') : i.node.body === body))),
  }));
  const decadeOf = (i: (typeof items)[number]) => {
    const year = estimatedYear(i.node);
    return year === null ? null : Math.floor(year / 10) * 10;
  };
  const decades = [...new Set(items.map(decadeOf))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
  return {
    mostRecalled: top(items),
    core: core.map((row) => ({ node: toGraphNode(row.props, row.labels).data, recalledBy: row.recalledBy })),
    byBody: byBody.filter((b) => b.items.length),
    byDecade: decades.map((decade) => ({ decade, items: top(items.filter((i) => decadeOf(i) === decade)) })),
    citationsPerYear: perYear,
    pool: { read: items.length, cut: items.length === POOL },
  };
}

/** How many documents cited one document (or instrument) in each year. */
export async function citationsPerYear(repository: Repository, input: string, relations: Relation[]) {
  const target = await resolveTarget(repository, input);
  const rows = await repository.run('citations-received-per-year', { ...targetParams(target), relations });
  return { id: target.node.data.id, relations, years: rows };
}
