// The history page: process instances of every process, running and finished, filtered by process, case number,
// start time and end state. The filter lives in the page's address, so the browser's back button returns to it.
import { engineClient, el, table, time, day, state, closures, definitionFacts, instanceLink, failure } from './common.js';

const MAX_RESULTS = 200;

// Each end state is one query, or several whose results are merged (the engine has no "terminated" of both kinds).
// "running" and "closed" both query unfinished instances: those waiting in a step their diagram marks as closed
// (case handling's reopening window) are closed, the others running.
const END_STATES = {
  '': [{}],
  running: [{ unfinished: true }],
  closed: [{ unfinished: true }],
  completed: [{ completed: true }],
  terminated: [{ externallyTerminated: true }, { internallyTerminated: true }],
};

/**
 * A case number as people type or paste it: surrounding and doubled spaces go. Its letters' case is matched by
 * querying the number as typed, in capitals (CS-2026-000042) and in small letters (handoff-...).
 */
export function normaliseCaseNumber(text) {
  return (text || '').trim().replace(/\s+/g, ' ');
}

export async function renderSearch(node, api) {
  const client = engineClient(api);
  const filter = Object.fromEntries(new URLSearchParams(location.hash.split('?')[1] || ''));
  filter.caseNumber = normaliseCaseNumber(filter.caseNumber);
  const results = el('div', { class: 'cd-results' });
  const form = searchForm(filter);
  node.append(el('div', { class: 'cd-history' }, el('h2', {}, 'History'), form, results));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.elements.caseNumber.value = normaliseCaseNumber(form.elements.caseNumber.value);
    const chosen = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ''));
    const hash = '#/case-history' + (Object.keys(chosen).length ? '?' + new URLSearchParams(chosen) : '');
    if (location.hash === hash) {
      search(client, chosen, results);
    } else {
      location.hash = hash; // Cockpit renders the page anew for the new address
    }
  });

  client.get('process-definition', { latestVersion: true, sortBy: 'name', sortOrder: 'asc' }).then((definitions) => {
    const select = form.elements.process;
    for (const definition of definitions) {
      select.append(el('option', { value: definition.key }, definition.name || definition.key));
    }
    select.value = filter.process || '';
  }, (error) => failure(node, error));
  await search(client, filter, results);
}

function searchForm(filter) {
  const field = (label, control) => el('label', { class: 'cd-field' }, el('span', {}, label), control);
  const input = (name, type) => el('input', { name, type, class: 'form-control', value: filter[name] });
  const select = (name, options) => {
    const control = el('select', { name, class: 'form-control' },
      Object.entries(options).map(([value, text]) => el('option', { value }, text)));
    control.value = filter[name] || '';
    return control;
  };
  return el('form', { class: 'cd-filter' },
    field('Process', select('process', { '': 'all processes' })),
    field('Case number', input('caseNumber', 'text')),
    field('Started after', input('startedAfter', 'date')),
    field('Started before', input('startedBefore', 'date')),
    field('End state', select('state', { '': 'any', running: 'running (not closed)', closed: 'closed, may reopen',
      completed: 'completed', terminated: 'terminated or cancelled' })),
    el('button', { type: 'submit', class: 'btn btn-primary' }, 'Search'),
    el('p', { class: 'cd-hint' }, 'A closed case whose customer may still reopen it by writing again reads '
      + '"closed (may reopen until …)" and is not "running"; once its reopening window has passed it is "completed".'));
}

/** The steps that mean "closed" in the latest version of the chosen process, or of every process. */
async function closedSteps(client, processKey) {
  const definitions = await client.get('process-definition', { latestVersion: true, key: processKey });
  const known = await Promise.all(definitions.map((d) => definitionFacts(client, d.id)));
  return [...new Set(known.flatMap((f) => [...f.closed]))];
}

async function search(client, filter, results) {
  results.replaceChildren(el('p', {}, 'Loading…'));
  const common = {
    processDefinitionKey: filter.process,
    startedAfter: day(filter.startedAfter, false),
    startedBefore: day(filter.startedBefore, true),
    sortBy: 'startTime',
    sortOrder: 'desc',
    maxResults: MAX_RESULTS,
  };
  try {
    // a case number is the business key of its case, and the caseNumber variable of the RMAs, red flags and
    // complaints started for the case
    const number = normaliseCaseNumber(filter.caseNumber);
    const byCase = number
      ? [...new Set([number, number.toUpperCase(), number.toLowerCase()])]
        .map((key) => ({ processInstanceBusinessKeyLike: `%${key}%` }))
        .concat([{ variables: `caseNumber_eq_${number}`, variableValuesIgnoreCase: true }])
      : [{}];
    let byState = END_STATES[filter.state] || [{}];
    if (filter.state === 'closed') {
      const steps = await closedSteps(client, filter.process);
      byState = steps.length ? [{ unfinished: true, activeActivityIdIn: steps.join(',') }] : [];
    }
    const queries = byCase.flatMap((c) => byState.map((s) => ({ ...common, ...c, ...s })));
    const found = new Map();
    for (const page of await Promise.all(queries.map((query) => client.get('history/process-instance', query)))) {
      page.forEach((instance) => found.set(instance.id, instance));
    }
    const closed = await closures(client, [...found.values()]);
    const instances = [...found.values()]
      .filter((i) => filter.state !== 'running' || !closed.has(i.id))
      .sort((a, b) => b.startTime.localeCompare(a.startTime));
    results.replaceChildren(
      el('p', { class: 'cd-count-line' }, `${instances.length} process instance${instances.length === 1 ? '' : 's'}`
        + (found.size >= MAX_RESULTS ? ` (the newest ${MAX_RESULTS} per query; narrow the filter)` : '')),
      table(instances, {
        'Case / key': instanceLink,
        Process: (i) => i.processDefinitionName || i.processDefinitionKey,
        State: (i) => state(i, closed),
        Started: (i) => time(i.startTime),
        Ended: (i) => time(i.endTime),
        'Started by': (i) => i.startUserId,
      }, { id: 'cd-instances' }));
  } catch (error) {
    results.replaceChildren();
    failure(results, error);
  }
}
