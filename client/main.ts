// Placeholder page: shows which graph the server reads. Text only, never HTML from data.
const panel = document.querySelector<HTMLElement>('#health')!;

function row(list: HTMLDListElement, term: string, value: string) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

async function showHealth() {
  try {
    const response = await fetch('/api/health');
    const body = await response.json();
    if (!response.ok) throw new Error(body?.error?.message ?? response.statusText);
    const list = document.createElement('dl');
    row(list, 'Neo4j', `${body.neo4j.version} at ${body.neo4j.uri}`);
    row(list, 'Database', body.neo4j.database);
    row(list, 'Documents', String(body.counts.documents));
    row(list, 'Instruments', String(body.counts.instruments));
    row(list, 'Relationships', String(body.counts.relationships));
    panel.replaceChildren(list);
  } catch (error) {
    panel.classList.add('error');
    panel.textContent = `The graph is not reachable: ${(error as Error).message}`;
  }
}

void showHealth();
