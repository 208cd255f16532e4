// What both history pages share: engine REST calls with Cockpit's session and CSRF token, and a few DOM helpers.

/**
 * The engine REST as the logged-in user: get(path, params) leaves empty params out; post(path, body) is for the
 * engine's POST queries (lists of ids that would make a GET address too long), which need Cockpit's CSRF token.
 */
export function engineClient(api) {
  async function call(path, init) {
    const response = await fetch(`${api.engineApi}/${path}`, {
      ...init,
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken, ...init.headers },
      credentials: 'same-origin',
    });
    if (!response.ok) {
      throw new Error(`${path.split('?')[0]}: ${response.status} ${await response.text()}`);
    }
    return response.json();
  }
  return {
    get(path, params = {}) {
      const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
      return call(path + ([...query].length ? '?' + query : ''), { method: 'GET', headers: {} });
    },
    post(path, body) {
      return call(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    },
  };
}

/** An element with attributes (class, href, ...) and children (nodes or text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) {
      element.setAttribute(name, value);
    }
  }
  element.append(...children.flat().filter((c) => c !== undefined && c !== null));
  return element;
}

/** A table of rows, each cell a function of the row; "none" when there are no rows. */
export function table(rows, columns, attributes = {}) {
  if (rows.length === 0) {
    return el('p', { class: 'cd-none' }, 'none');
  }
  return el('table', { class: 'table table-condensed cd-table', ...attributes },
    el('thead', {}, el('tr', {}, Object.keys(columns).map((title) => el('th', {}, title)))),
    el('tbody', {}, rows.map((row) => el('tr', {}, Object.values(columns).map((cell) => el('td', {}, cell(row) ?? ''))))));
}

/** A Date from the engine's "2026-03-02T10:00:00.000+0100". */
export function instant(value) {
  return new Date(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

/** "2026-03-02 09:00:00 UTC" from the engine's "2026-03-02T10:00:00.000+0100". */
export function time(value) {
  if (!value) {
    return '';
  }
  return instant(value).toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
}

/** "2026-03-20 09:00 UTC": a time to the minute, for a date a person plans by. */
export function minute(value) {
  return time(value).replace(/:\d\d UTC$/, ' UTC');
}

/** The engine's date parameter for the start ("from") or end of a day picked in a date field. */
export function day(value, end) {
  return value ? `${value}T${end ? '23:59:59.999' : '00:00:00.000'}+0000` : undefined;
}

// Which of the two terminated states the engine records depends on how the instance was ended (a deleted case
// can be either), so both read "terminated"; the instance page shows the reason.
const STATES = {
  ACTIVE: 'running',
  SUSPENDED: 'suspended',
  COMPLETED: 'completed',
  EXTERNALLY_TERMINATED: 'terminated',
  INTERNALLY_TERMINATED: 'terminated',
};

/**
 * What an auditor reads as the instance's state. `closures` (from closures()) knows the unfinished instances that
 * wait in a "closed" step of their diagram: a closed case in its reopening window is closed, not running.
 */
export function state(instance, closures = new Map()) {
  const closure = closures.get(instance.id);
  if (closure) {
    return closure.until ? `closed (may reopen until ${minute(closure.until)})` : 'closed (may reopen)';
  }
  return STATES[instance.state] || instance.state;
}

const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn';

/**
 * What the page needs to know of a diagram: each element's name, and the steps that mean "closed" (an element with
 * the extension property casedesk.historyState = closed, e.g. case handling's "Within reopen window") together with the
 * timer events that end such a wait (the events it leads to, and timers on its boundary).
 */
export function diagramFacts(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const names = new Map();
  for (const element of doc.getElementsByTagNameNS(BPMN, '*')) {
    if (element.getAttribute('id') && element.getAttribute('name')) {
      names.set(element.getAttribute('id'), element.getAttribute('name'));
    }
  }
  const closed = new Set();
  for (const property of doc.getElementsByTagNameNS(CAMUNDA, 'property')) {
    if (property.getAttribute('name') === 'casedesk.historyState' && property.getAttribute('value') === 'closed') {
      const element = property.closest('[id]');
      if (element) {
        closed.add(element.getAttribute('id'));
      }
    }
  }
  const ends = new Set();
  const all = [...doc.getElementsByTagNameNS(BPMN, '*')];
  const byId = new Map(all.filter((e) => e.getAttribute('id')).map((e) => [e.getAttribute('id'), e]));
  const isTimer = (e) => e && e.getElementsByTagNameNS(BPMN, 'timerEventDefinition').length > 0;
  for (const e of all) {
    const from = e.localName === 'sequenceFlow' ? e.getAttribute('sourceRef')
      : e.localName === 'boundaryEvent' ? e.getAttribute('attachedToRef') : null;
    const timer = e.localName === 'sequenceFlow' ? byId.get(e.getAttribute('targetRef')) : e;
    if (from && closed.has(from) && isTimer(timer)) {
      ends.add(timer.getAttribute('id'));
    }
  }
  return { names, closed, closingTimers: ends };
}

const facts = new Map();

/** diagramFacts of a process definition and its BPMN XML (xml), read once per page load. */
export function definitionFacts(client, definitionId) {
  if (!facts.has(definitionId)) {
    const loaded = client.get(`process-definition/${encodeURIComponent(definitionId)}/xml`)
      .then((definition) => ({ xml: definition.bpmn20Xml, ...diagramFacts(definition.bpmn20Xml) }));
    loaded.catch(() => facts.delete(definitionId)); // a failed read is tried again by the next page
    facts.set(definitionId, loaded);
  }
  return facts.get(definitionId);
}

/**
 * Of the given instances, those that wait in a "closed" step (see diagramFacts), each with the due date of the timer
 * that ends the wait: Map of instance id to { until }. Three engine queries, whatever the number of instances.
 */
export async function closures(client, instances) {
  const unfinished = instances.filter((i) => i.state === 'ACTIVE' || i.state === 'SUSPENDED');
  const found = new Map();
  if (unfinished.length === 0) {
    return found;
  }
  const known = await Promise.all([...new Set(unfinished.map((i) => i.processDefinitionId))]
    .map((id) => definitionFacts(client, id)));
  const closedSteps = [...new Set(known.flatMap((f) => [...f.closed]))];
  const timers = [...new Set(known.flatMap((f) => [...f.closingTimers]))];
  if (closedSteps.length === 0) {
    return found;
  }
  const closed = await client.post('history/process-instance', {
    processInstanceIds: unfinished.map((i) => i.id), activeActivityIdIn: closedSteps,
  });
  closed.forEach((i) => found.set(i.id, {}));
  if (closed.length > 0 && timers.length > 0) {
    // the job REST has no activity id, and Camunda 7.24's job query with both activityId and processInstanceIds
    // writes broken SQL: so the closed instances' timers, and the job definitions of the timers that end the wait
    const [jobs, definitions] = await Promise.all([
      client.post('job', { timers: true, processInstanceIds: closed.map((i) => i.id) }),
      client.get('job-definition', { activityIdIn: timers.join(',') }),
    ]);
    const ending = new Set(definitions.map((d) => d.id));
    for (const job of jobs.filter((j) => ending.has(j.jobDefinitionId))) {
      const closure = found.get(job.processInstanceId);
      if (closure && (!closure.until || instant(job.dueDate) < instant(closure.until))) {
        closure.until = job.dueDate;
      }
    }
  }
  return found;
}

export function instanceLink(instance) {
  return el('a', { href: `#/case-history/${encodeURIComponent(instance.id)}` }, instance.businessKey || instance.id);
}

export function failure(node, error) {
  node.append(el('div', { class: 'alert alert-danger cd-error' }, String(error.message || error)));
}
