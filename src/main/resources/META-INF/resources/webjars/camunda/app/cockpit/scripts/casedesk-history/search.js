// The history page: process instances of every process, running and finished, filtered by process, case number,
// start time and end state. The filter lives in the page's address, so the browser's back button returns to it.
import { engineClient, el, table, time, day, state, instanceLink, failure } from './common.js';

const MAX_RESULTS = 200;

// Each end state is one query, or several whose results are merged (the engine has no "terminated" of both kinds).
const END_STATES = {
  '': [{}],
  running: [{ unfinished: true }],
  completed: [{ completed: true }],
  terminated: [{ externallyTerminated: true }, { internallyTerminated: true }],
};

export async function renderSearch(node, api) {
  const get = engineClient(api);
  const filter = Object.fromEntries(new URLSearchParams(location.hash.split('?')[1] || ''));
  const results = el('div', { class: 'cd-results' });
  const form = searchForm(filter);
  node.append(el('div', { class: 'cd-history' }, el('h2', {}, 'History'), form, results));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ''));
    const hash = '#/case-history' + (Object.keys(chosen).length ? '?' + new URLSearchParams(chosen) : '');
    if (location.hash === hash) {
      search(get, chosen, results);
    } else {
      location.hash = hash; // Cockpit renders the page anew for the new address
    }
  });

  get('process-definition', { latestVersion: true, sortBy: 'name', sortOrder: 'asc' }).then((definitions) => {
    const select = form.elements.process;
    for (const definition of definitions) {
      select.append(el('option', { value: definition.key }, definition.name || definition.key));
    }
    select.value = filter.process || '';
  }, (error) => failure(node, error));
  await search(get, filter, results);
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
    field('End state', select('state', { '': 'any', running: 'running', completed: 'completed',
      terminated: 'terminated or cancelled' })),
    el('button', { type: 'submit', class: 'btn btn-primary' }, 'Search'));
}

async function search(get, filter, results) {
  results.replaceChildren(el('p', {}, 'Loading…'));
  const common = {
    processDefinitionKey: filter.process,
    startedAfter: day(filter.startedAfter, false),
    startedBefore: day(filter.startedBefore, true),
    sortBy: 'startTime',
    sortOrder: 'desc',
    maxResults: MAX_RESULTS,
  };
  // a case number is the business key of its case, and the caseNumber variable of the RMAs, red flags and
  // complaints started for the case
  const byCase = filter.caseNumber
    ? [{ processInstanceBusinessKeyLike: `%${filter.caseNumber}%` }, { variables: `caseNumber_eq_${filter.caseNumber}` }]
    : [{}];
  const queries = byCase.flatMap((c) => (END_STATES[filter.state] || [{}]).map((s) => ({ ...common, ...c, ...s })));
  try {
    const found = new Map();
    for (const page of await Promise.all(queries.map((query) => get('history/process-instance', query)))) {
      page.forEach((instance) => found.set(instance.id, instance));
    }
    const instances = [...found.values()].sort((a, b) => b.startTime.localeCompare(a.startTime));
    results.replaceChildren(
      el('p', { class: 'cd-count-line' }, `${instances.length} process instance${instances.length === 1 ? '' : 's'}`
        + (instances.length >= MAX_RESULTS ? ` (the newest ${MAX_RESULTS} per query; narrow the filter)` : '')),
      table(instances, {
        'Case / key': instanceLink,
        Process: (i) => i.processDefinitionName || i.processDefinitionKey,
        State: state,
        Started: (i) => time(i.startTime),
        Ended: (i) => time(i.endTime),
        'Started by': (i) => i.startUserId,
      }, { id: 'cd-instances' }));
  } catch (error) {
    results.replaceChildren();
    failure(results, error);
  }
}
