// The page of one process instance, running or finished: its diagram with the activities it passed marked and
// counted, its activity log (the named steps a person reads; technical ones on request), variable history, user
// operations, incidents and job log, and the instances linked to it (calling, called, and those of the same case);
// for a case, a complaint or a red flag, what its row says (its process variables hold only what the diagram needs).
import { engineClient, el, table, time, state, closures, definitionFacts, instanceLink, failure } from './common.js';

const VIEWER = new URL('./vendor/bpmn-js-18.31.1/', import.meta.url).href;

export async function renderInstance(node, api, id) {
  const client = engineClient(api);
  const { get } = client;
  const page = el('div', { class: 'cd-history cd-instance' }, el('p', {}, el('a', { href: '#/case-history' }, '← History')));
  node.append(page);
  try {
    const instance = await get(`history/process-instance/${encodeURIComponent(id)}`);
    const [facts, activities, details, operations, incidents, jobs, linked] = await Promise.all([
      definitionFacts(client, instance.processDefinitionId),
      get('history/activity-instance', { processInstanceId: id, sortBy: 'occurrence', sortOrder: 'asc' }),
      get('history/detail', { processInstanceId: id, sortBy: 'time', sortOrder: 'asc', deserializeValues: false }),
      get('history/user-operation', { processInstanceId: id, sortBy: 'timestamp', sortOrder: 'asc' }),
      get('history/incident', { processInstanceId: id, sortBy: 'createTime', sortOrder: 'asc' }),
      get('history/job-log', { processInstanceId: id, sortBy: 'timestamp', sortOrder: 'asc' }),
      linkedInstances(get, instance),
    ]);
    const closed = await closures(client, [instance, ...linked.map((l) => l.instance)]);
    const activityName = (activityId) => facts.names.get(activityId) || activityId;
    const diagram = el('div', { class: 'cd-diagram', id: 'cd-diagram' });
    page.append(
      el('h2', {}, `${instance.businessKey || instance.id} · ${instance.processDefinitionName || instance.processDefinitionKey}`),
      el('dl', { class: 'cd-summary', id: 'cd-summary' },
        summary('State', state(instance, closed)), summary('Now at', nowAt(instance, activities)),
        summary('Started', time(instance.startTime)), closedAt(instance, activities, facts),
        summary('Ended', time(instance.endTime)), summary('Started by', instance.startUserId),
        summary('Version', instance.processDefinitionVersion), summary('Deleted because', instance.deleteReason)),
      section('Linked instances', table(linked, {
        Relation: (l) => l.relation, 'Case / key': (l) => instanceLink(l.instance),
        Process: (l) => l.instance.processDefinitionName || l.instance.processDefinitionKey,
        State: (l) => state(l.instance, closed), Started: (l) => time(l.instance.startTime), Ended: (l) => time(l.instance.endTime),
      }, { id: 'cd-linked' })),
      section('Diagram', diagram),
      ...(await caseSection(instance)),
      ...(await complaintSection(instance)),
      ...(await redFlagSection(instance)),
      section('Activity log', activityLog(activities)),
      section('Variable history', table(details, {
        Time: (d) => time(d.time), Variable: (d) => d.variableName || d.fieldId, Value: (d) => value(d.value),
        Type: (d) => d.variableType, Revision: (d) => d.revision,
      }, { id: 'cd-variables' })),
      section('User operations', table(operations, {
        Time: (o) => time(o.timestamp), User: (o) => o.userId, Operation: (o) => o.operationType,
        Entity: (o) => o.entityType, Property: (o) => o.property, Before: (o) => value(o.orgValue),
        After: (o) => value(o.newValue), Annotation: (o) => o.annotation,
      }, { id: 'cd-operations' })),
      section('Incidents', table(incidents, {
        Created: (i) => time(i.createTime), Ended: (i) => time(i.endTime), Type: (i) => i.incidentType,
        Activity: (i) => activityName(i.activityId), Message: (i) => i.incidentMessage,
        State: (i) => (i.open ? 'open' : i.resolved ? 'resolved' : 'deleted'),
      }, { id: 'cd-incidents' })),
      section('Job log', table(jobs, {
        Time: (j) => time(j.timestamp), Activity: (j) => activityName(j.activityId), Job: (j) => jobKind(j.jobDefinitionType),
        Event: (j) => JOB_EVENTS.find(([flag]) => j[flag])?.[1],
        Due: (j) => time(j.jobDueDate), Exception: (j) => j.jobExceptionMessage,
      }, { id: 'cd-jobs' })));
    await showDiagram(diagram, facts.xml, activities);
  } catch (error) {
    failure(page, error);
  }
}

// Steps a person does not read as steps of the case: gateways (where the diagram branches or joins; the step taken
// next shows the choice), multi-instance bodies, and anything without a name.
function technical(activity) {
  return !activity.activityName || /Gateway$/.test(activity.activityType) || activity.activityType === 'multiInstanceBody';
}

const ACTIVITY_TYPES = {
  noneEndEvent: 'end event', intermediateTimer: 'timer event', intermediateMessageCatch: 'message event',
  intermediateConditional: 'condition event', boundaryConditional: 'boundary condition',
};

/** "user task" from the engine's "userTask". */
function activityType(type) {
  return ACTIVITY_TYPES[type] || type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The activity log: the named steps; a box shows the technical ones too, marked as such. */
function activityLog(activities) {
  const hidden = activities.filter(technical).length;
  const box = el('input', { type: 'checkbox', id: 'cd-show-technical' });
  const holder = el('div', {});
  const render = () => holder.replaceChildren(table(box.checked ? activities : activities.filter((a) => !technical(a)), {
    Activity: (a) => a.activityName || a.activityId, Type: (a) => activityType(a.activityType),
    Started: (a) => time(a.startTime), Ended: (a) => (a.endTime ? time(a.endTime) : 'not yet'), Assignee: (a) => a.assignee,
    // the engine's "canceled": ended by an interrupting event (a boundary event, the case closing) or a deletion,
    // not by completing; "cancelled" read like a failure or an intervention
    Outcome: (a) => (a.canceled ? 'interrupted' : ''),
  }, { id: 'cd-activities' }));
  box.addEventListener('change', render);
  render();
  return el('div', {},
    el('label', { class: 'cd-technical-toggle' }, box,
      ` show technical steps (${hidden} hidden: gateways, unnamed steps, multi-instance bodies)`),
    holder);
}

/** The steps an unfinished instance waits in, by name: its open activities that are not scopes or technical. */
function nowAt(instance, activities) {
  if (instance.endTime) {
    return '';
  }
  const open = activities.filter((a) => !a.endTime && !/ubProcess$|^multiInstanceBody$/.test(a.activityType));
  return [...new Set(open.map((a) => a.activityName || a.activityId))].join(', ');
}

/**
 * When the instance was last closed (entered a "closed" step, see diagramFacts): a completed case ends only when
 * its reopening window has passed, so "Ended" alone reads two weeks late. A case reopened since then says so.
 */
function closedAt(instance, activities, facts) {
  const closings = activities.filter((a) => facts.closed.has(a.activityId));
  const last = closings[closings.length - 1];
  if (!last) {
    return [];
  }
  if (!last.endTime || instance.state === 'COMPLETED') {
    return summary('Closed', time(last.startTime));
  }
  // a message that reopens the case ends the wait as "canceled" too: what tells is whether the instance went on
  const wentOn = activities.slice(activities.lastIndexOf(last) + 1).length > 0;
  return wentOn ? summary('Last closed', `${time(last.startTime)}, reopened ${time(last.endTime)}`)
    : summary('Closed', `${time(last.startTime)} (then ended while it could still reopen)`);
}

const JOB_EVENTS = [['creationLog', 'created'], ['failureLog', 'failed'], ['successLog', 'done'], ['deletionLog', 'cancelled']];

/** "timer" from "timer-intermediate-transition", "continue in the background" from "async-continuation". */
function jobKind(type) {
  if (!type) {
    return '';
  }
  return type.startsWith('timer') ? 'timer' : type === 'async-continuation' ? 'continue in the background' : type;
}

/**
 * What the case is, from its row through the Casedesk API (the process variables hold only what the diagram decides
 * on): caller, contract, status, due times, description. Nothing for another process or a case the user may not read.
 */
async function caseSection(instance) {
  if (instance.processDefinitionKey !== 'case-handling' || !instance.businessKey) {
    return [];
  }
  const response = await fetch(`/api/cases/${encodeURIComponent(instance.businessKey)}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    return [];
  }
  const c = await response.json();
  const caller = c.caller || {};
  const sla = c.sla || {};
  return [section('Case', el('dl', { class: 'cd-summary', id: 'cd-case' },
    summary('Status', c.status), summary('Priority', c.priority), summary('Queue', c.queue),
    summary('Subject', c.subject), summary('Description', c.description),
    summary('Caller', [caller.name, caller.company].filter(Boolean).join(', ')),
    summary('Phone', caller.phone), summary('E-mail', caller.email), summary('Address', caller.address),
    summary('Contract', [c.contractId, c.serviceLevel].filter(Boolean).join(', ')),
    summary('Product', c.product), summary('Category', c.category), summary('Impact', c.impact),
    summary('Urgency', c.urgency), summary('Channel', c.channel), summary('Engineer', c.assignee),
    summary('Opened', time(c.openedAt)), summary('First response due', time(sla.firstResponseDue)),
    summary('Resolution due', time(sla.resolutionDue)), summary('Closed', time(c.closedAt))))];
}

/**
 * What the complaint is, from its row: who complained, how it came in and who logged it (which only the row keeps),
 * its class, department and status. Nothing for another process or a complaint the user may not read.
 */
async function complaintSection(instance) {
  const c = await rowOf(instance, 'complaint', '/api/complaints/');
  if (!c) {
    return [];
  }
  const contact = c.contact || {};
  return [section('Complaint', el('dl', { class: 'cd-summary', id: 'cd-complaint' },
    summary('Status', c.status), summary('Class', c.complaintClass), summary('Department', c.department),
    summary('Case', c.caseNumber), summary('Company', c.company), summary('Description', c.description),
    summary('From', contact.name), summary('Phone', contact.phone), summary('E-mail', contact.email),
    summary('Received by', c.channel), summary('Logged by', c.openedBy), summary('Received', time(c.openedAt)),
    summary('Answer due', time(c.answerDue)), summary('Closed', time(c.closedAt))))];
}

/**
 * What the red flag is, from its row: why, who declared it (or the emergency criteria, which only the row keeps),
 * its status and restoration. Nothing for another process or a red flag the user may not read.
 */
async function redFlagSection(instance) {
  const f = await rowOf(instance, 'emergency-event', '/api/emergencies/');
  if (!f) {
    return [];
  }
  const declared = f.declaredAutomatically ? 'by the emergency criteria' : f.declaredBy;
  return [section('Red flag', el('dl', { class: 'cd-summary', id: 'cd-red-flag' },
    summary('Status', f.status), summary('Why', f.criterion), summary('Case', f.caseNumber),
    summary('Company', f.company), summary('Description', f.description), summary('Declared', declared),
    summary('Declared at', time(f.declaredAt)), summary('Restored', time(f.restoredAt)),
    summary('Closed', time(f.closedAt))))];
}

/** The Casedesk API's view of the instance's own row (its business key), or none. */
async function rowOf(instance, processKey, path) {
  if (instance.processDefinitionKey !== processKey || !instance.businessKey) {
    return null;
  }
  const response = await fetch(`${path}${encodeURIComponent(instance.businessKey)}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

function summary(term, description) {
  return description === undefined || description === null || description === ''
    ? [] : [el('dt', {}, term), el('dd', {}, String(description))];
}

function section(title, content) {
  return el('section', { class: 'cd-section' }, el('h3', {}, title), content);
}

function value(v) {
  const text = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return text.length > 200 ? el('span', { title: text }, text.slice(0, 200) + '…') : text;
}

/** Called by, calls, and same case: instances whose business key or caseNumber variable is this one's case number. */
async function linkedInstances(get, instance) {
  const byId = new Map();
  const add = (relation, instances) => instances.filter((i) => i.id !== instance.id && !byId.has(i.id))
    .forEach((i) => byId.set(i.id, { relation, instance: i }));
  if (instance.superProcessInstanceId) {
    add('called by', await get('history/process-instance', { processInstanceId: instance.superProcessInstanceId }));
  }
  add('calls', await get('history/process-instance', { superProcessInstanceId: instance.id, sortBy: 'startTime', sortOrder: 'asc' }));
  const [own] = await get('history/variable-instance', { processInstanceId: instance.id, variableName: 'caseNumber', deserializeValues: false });
  const caseNumber = own?.value || instance.businessKey;
  if (caseNumber) {
    add('same case', await get('history/process-instance', { processInstanceBusinessKey: caseNumber }));
    const carriers = await get('history/variable-instance', { variableName: 'caseNumber', variableValue: caseNumber, deserializeValues: false });
    const ids = [...new Set(carriers.map((v) => v.processInstanceId))].join(',');
    if (ids) {
      add('same case', await get('history/process-instance', { processInstanceIds: ids, sortBy: 'startTime', sortOrder: 'asc' }));
    }
  }
  return [...byId.values()];
}

/** The diagram in bpmn-js: each activity the instance passed gets a marker and the number of times it passed. */
async function showDiagram(container, xml, activities) {
  const BpmnJS = await loadViewer();
  const viewer = new BpmnJS({ container });
  await viewer.importXML(xml);
  const registry = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  const overlays = viewer.get('overlays');
  const passed = new Map();
  for (const activity of activities) {
    const counts = passed.get(activity.activityId) || { total: 0, open: 0, scope: activity.activityType.includes('ubProcess') };
    counts.total += 1;
    counts.open += activity.endTime ? 0 : 1;
    passed.set(activity.activityId, counts);
  }
  for (const [activityId, counts] of passed) {
    if (!registry.get(activityId)) {
      continue; // e.g. a multi-instance body
    }
    // a subprocess gets its border marked only, so that the activities passed inside it stand out
    canvas.addMarker(activityId, counts.open ? 'cd-active' : 'cd-passed');
    if (counts.scope) {
      canvas.addMarker(activityId, 'cd-scope');
    }
    overlays.add(activityId, 'cd-count', {
      position: { bottom: 8, right: 8 },
      html: `<span class="cd-count" title="passed ${counts.total} time(s)">${counts.total}</span>`,
    });
  }
  canvas.zoom('fit-viewport');
}

let viewerLoaded;

/** bpmn-js' navigated viewer (zoom and scroll; a UMD script that sets window.BpmnJS) and its styles, loaded once. */
function loadViewer() {
  viewerLoaded ??= new Promise((resolve, reject) => {
    for (const css of ['diagram-js.css', 'bpmn-js.css']) {
      document.head.append(el('link', { rel: 'stylesheet', href: VIEWER + css }));
    }
    const script = el('script', { src: VIEWER + 'bpmn-navigated-viewer.production.min.js' });
    script.onload = () => (window.BpmnJS ? resolve(window.BpmnJS) : reject(new Error('bpmn-js did not load')));
    script.onerror = () => reject(new Error('bpmn-js could not be loaded'));
    document.head.append(script);
  });
  return viewerLoaded;
}
