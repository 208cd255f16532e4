// The case beside every task: Tasklist's first task tab, "Case", reads GET /api/tasks/{taskId}/case with the agent's
// own Tasklist session, so the engine decides who reads the task and the case API what of the case they read.
// It shows whom to call and why (tasks their diagram marks as calls), the customer's answer that created the task,
// the case, its files and links, its timeline newest first, and a form to add a note (internal, or for the customer).
// Plain ES module, no build step, loaded through customScripts in ../config.js.
//
// Tasklist controls an agent cannot use are not offered (case.css): "Add Comment" (the engine's comment resource
// looks the task up in history, which agents may not read), the follow-up and due-date fields (agents may work a task,
// not change it; the SLA sets the due date) and the link to Cockpit (agents have no Cockpit). Those that some users
// may use and others not (Create task, Start process, Claim, the assignee, the History and Description tabs) are
// offered as the engine answers for the user: controls.js.

import './controls.js';
import { articlesLikeThisCase } from '../casedesk-articles/articles.js';
import { knownErrorChip, problemBanners } from './problems.js';
import { addStylesheet, el } from './dom.js';

addStylesheet('./case.css', import.meta.url);

const WEEKDAY_TIME = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };

/** "Mon 2 Mar, 09:30" in the agent's time zone. */
function time(value) {
  return value ? new Date(value).toLocaleString('en-GB', WEEKDAY_TIME) : '';
}

/** "in 25 min", "3 h ago", "2 days ago". */
function relative(value) {
  if (!value) {
    return '';
  }
  const minutes = Math.round((new Date(value).getTime() - Date.now()) / 60000);
  const size = Math.abs(minutes);
  if (size < 1) {
    return 'just now';
  }
  const amount = size < 60 ? `${size} min` : size < 48 * 60 ? `${Math.round(size / 60)} h` : `${Math.round(size / 1440)} days`;
  return minutes >= 0 ? `in ${amount}` : `${amount} ago`;
}

function due(value, done) {
  if (done) {
    return el('span', {}, time(done), el('span', { class: 'cd-muted' }, ' (met)'));
  }
  if (!value) {
    return el('span', { class: 'cd-muted' }, 'none');
  }
  const late = new Date(value).getTime() < Date.now();
  return el('span', { class: late ? 'cd-late' : '' }, time(value), ` (${late ? 'overdue, ' : ''}${relative(value)})`);
}

const STATUS = {
  NEW: 'New', OPEN: 'Open', IN_PROGRESS: 'In progress', WAITING_CUSTOMER: 'Waiting for the customer',
  RMA_PENDING: 'Waiting for a spare part (RMA)', RESOLVED: 'Solution proposed, awaiting confirmation',
  CLOSED: 'Closed', NO_CONTRACT: 'No valid contract',
};

const KIND = {
  CUSTOMER_MESSAGE: 'Customer wrote', AGENT_MESSAGE: 'Message to the customer', INTERNAL_NOTE: 'Internal note',
  WORK_ACTION: 'Engineer\u2019s action', INFORMATION_REQUESTED: 'Question to the customer', SLA_PAUSED: 'SLA paused',
  SLA_RESUMED: 'SLA resumed', RMA_OPENED: 'RMA opened',
};

/** "Information requested" from INFORMATION_REQUESTED. */
function kind(value) {
  return KIND[value] || value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');
}


/** A sentence for a failed request: never the response's raw body. */
async function problem(response, what) {
  if (response.status === 401) {
    return 'Your Tasklist session has ended. Log in again.';
  }
  if (response.status === 404) {
    return 'This task no longer exists, or you may not read it.';
  }
  let detail = null;
  try {
    const body = await response.json();
    if (Array.isArray(body.errors) && body.errors.some((e) => e.field === 'text')) {
      return 'Write the note first: it must not be empty.';
    }
    detail = typeof body.detail === 'string' ? body.detail : null;
  } catch (unreadable) {
    // not a problem document: the sentence below says enough
  }
  if (response.status === 403) {
    return detail ? `${detail}.`.replace(/\.\.$/, '.') : `You may not ${what}.`;
  }
  return `Could not ${what} (error ${response.status}).${detail ? ' ' + detail : ''} Try again in a moment.`;
}

async function request(path, options, what) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...options,
      // X-Requested-With: an ended session answers 401 without a basic-auth challenge, so the browser shows no
      // login prompt of its own; the tab says to log in again
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...(options.headers || {}) } });
  } catch (offline) {
    throw new Error(`Could not ${what}: the server did not answer. Check your connection and try again.`);
  }
  if (!response.ok) {
    throw new Error(await problem(response, what));
  }
  return response.json();
}

// One request per task for the tab and the header; a note replaces the task's entry with the answer's view.
const loaded = new Map();

function load(taskId, fresh) {
  if (fresh || !loaded.has(taskId)) {
    const answer = request(`/api/tasks/${encodeURIComponent(taskId)}/case`, {}, 'load the case');
    answer.catch(() => loaded.delete(taskId));
    loaded.set(taskId, answer);
  }
  return loaded.get(taskId);
}

/** ISO instants in timeline details ("Resolution due 2026-03-02T17:00:00Z") as the agent's local time. */
function instants(text) {
  return text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z/g, (iso) => time(iso));
}

function field(label, ...value) {
  return [el('dt', {}, label), el('dd', {}, ...value)];
}

function contact(caller) {
  if (!caller) {
    return el('span', { class: 'cd-muted' }, 'unknown');
  }
  return el('span', {},
    caller.name || 'no name',
    caller.phone ? [', ', el('a', { href: `tel:${caller.phone.replace(/[^+0-9]/g, '')}` }, caller.phone)] : null,
    caller.email ? [', ', el('a', { href: `mailto:${caller.email}` }, caller.email)] : null);
}

function callBanner(call) {
  return el('div', { class: 'cd-banner cd-call' },
    el('div', { class: 'cd-banner-title' }, 'Call ', el('strong', {}, call.name || 'the caller'),
      call.phone ? [' on ', el('a', { class: 'cd-phone', href: `tel:${call.phone.replace(/[^+0-9]/g, '')}` }, call.phone)]
        : ' (no phone number given)',
      call.email ? [' (', el('a', { href: `mailto:${call.email}` }, call.email), ')'] : null,
      call.company ? el('span', { class: 'cd-muted' }, ` \u2014 ${call.company}`) : null),
    call.reason ? el('div', { class: 'cd-reason' }, el('strong', {}, 'Why: '), call.reason) : null);
}

function answerBanner(answer) {
  const title = {
    ANSWER: 'The customer answered',
    SOLUTION_REJECTED: 'The customer rejected the proposed solution',
    MESSAGE: 'The customer wrote',
  }[answer.kind] || 'The customer wrote';
  const before = answer.kind === 'ANSWER' ? 'Your question' : answer.kind === 'SOLUTION_REJECTED' ? 'Proposed solution' : null;
  return el('div', { class: 'cd-banner cd-answer' },
    el('div', { class: 'cd-banner-title' }, `${title}: `,
      answer.text ? el('q', { class: 'cd-answer-text' }, answer.text) : el('span', { class: 'cd-muted' }, '(no comment)')),
    el('div', { class: 'cd-muted' }, time(answer.at), ` (${relative(answer.at)})`,
      before && answer.question ? [` \u2014 ${before}: `, el('q', {}, answer.question)] : null));
}

function facts(c, contract) {
  const sla = c.sla || {};
  return el('dl', { class: 'cd-facts' },
    field('Customer', c.company || el('span', { class: 'cd-muted' }, 'unknown')),
    field('Contact', contact(c.caller)),
    field('Contract', c.contractId || el('span', { class: 'cd-muted' }, 'none'),
      c.serviceLevel ? `, ${c.serviceLevel}` : null,
      contract && contract.coverage ? `, covered ${contract.coverage}` : null,
      contract && contract.timeZone ? ` (${contract.timeZone})` : null),
    field('Product', [c.product, c.category].filter(Boolean).join(', ')),
    field('Priority', el('strong', {}, c.priority || '?'),
      c.impact ? el('span', { class: 'cd-muted' }, ` from impact ${c.impact}, urgency ${c.urgency}`) : null),
    field('Status', STATUS[c.status] || c.status, sla.paused ? el('span', { class: 'cd-muted' }, ' (SLA clock paused)') : null),
    field('First response', due(sla.firstResponseDue, sla.firstRespondedAt)),
    field('Resolution', due(sla.resolutionDue, sla.resolvedAt)),
    field('Escalation', c.escalationLevel ? el('strong', { class: 'cd-late' }, `level ${c.escalationLevel}`) : 'none'),
    field('Queue', c.queue || '', c.assignee ? `, worked by ${c.assignee}` : el('span', { class: 'cd-muted' }, ', not claimed yet')),
    c.vendorCaseNumber ? field('Vendor case', c.vendorCaseNumber) : null,
    c.relatedCaseNumber ? field('Follow-up of', c.relatedCaseNumber) : null);
}

function links(c, attachments) {
  const items = [];
  for (const file of attachments || []) {
    items.push(el('li', {}, 'File ', el('a', { href: file.href, download: file.fileName, class: 'cd-file' }, file.fileName),
      el('span', { class: 'cd-muted' }, ` (${Math.max(1, Math.round(file.size / 1024))} KB, ${time(file.createdAt)})`)));
  }
  for (const rma of c.rmas || []) {
    items.push(el('li', {}, `Spare part ${rma.id}: `, kind(rma.status)));
  }
  for (const complaint of c.complaints || []) {
    items.push(el('li', {}, `Complaint ${complaint.complaintId}: `, kind(complaint.status),
      complaint.complaintClass ? ` (${complaint.complaintClass.replaceAll('-', ' ')})` : ''));
  }
  if (c.redFlag) {
    items.push(el('li', { class: 'cd-late' }, `Red flag ${c.redFlag.number}: `, kind(c.redFlag.status),
      c.redFlag.criterion ? ` (${c.redFlag.criterion})` : ''));
  }
  if (items.length === 0) {
    return null;
  }
  return el('section', {}, el('h4', {}, 'Files and linked work'), el('ul', { class: 'cd-links' }, items));
}

function actionPlan(c) {
  if (!c.actionPlan || c.actionPlan.length === 0) {
    return null;
  }
  return el('section', {}, el('h4', {}, 'Action plan'),
    el('ul', {}, c.actionPlan.map((item) => el('li', {}, item.owner ? el('strong', {}, `${item.owner}: `) : null,
      item.action || ''))));
}

function timeline(c, internalKinds) {
  const INTERNAL = new Set(internalKinds || []);
  const events = [...(c.timeline || [])].reverse();
  return el('section', {}, el('h4', {}, `Timeline, newest first (${events.length})`),
    el('table', { class: 'table table-condensed cd-timeline' },
      el('tbody', {}, events.map((e) => el('tr', { class: INTERNAL.has(e.kind) ? 'cd-internal' : '' },
        el('td', { class: 'cd-when' }, time(e.at)),
        el('td', { class: 'cd-what' }, kind(e.kind), INTERNAL.has(e.kind) ? el('span', { class: 'cd-tag' }, 'internal') : null),
        el('td', {}, instants(e.detail || ''), e.actor ? el('span', { class: 'cd-muted' }, ` \u2014 ${e.actor}`) : null))))));
}

function noteForm(taskId, api, rerender) {
  const text = el('textarea', { class: 'form-control', rows: '2', maxlength: '4000', 'aria-label': 'Note',
    placeholder: 'What you did or found; only staff read it unless you tick the box' });
  const forCustomer = el('input', { type: 'checkbox' });
  const button = el('button', { type: 'submit', class: 'btn btn-default btn-sm' }, 'Add note');
  const message = el('span', { class: 'cd-note-message', role: 'status' });
  const form = el('form', { class: 'cd-note' },
    el('h4', {}, 'Add a note'), text,
    el('div', { class: 'cd-note-row' },
      el('label', { class: 'cd-check' }, forCustomer, ' Visible to the customer (sent to them by e-mail)'),
      button, message));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.className = 'cd-note-message';
    if (!text.value.trim()) {
      message.classList.add('cd-error');
      message.textContent = 'Write the note first: it must not be empty.';
      return;
    }
    button.disabled = true;
    try {
      const view = await request(`/api/tasks/${encodeURIComponent(taskId)}/notes`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
        body: JSON.stringify({ text: text.value, forCustomer: forCustomer.checked }),
      }, 'add the note');
      loaded.set(taskId, Promise.resolve(view));
      window.dispatchEvent(new CustomEvent('casedesk:case-changed', { detail: { taskId } }));
      rerender(view, forCustomer.checked ? 'Sent to the customer and added to the timeline.' : 'Internal note added to the timeline.');
    } catch (error) {
      message.classList.add('cd-error');
      message.textContent = error.message;
      button.disabled = false;
    }
  });
  return form;
}

function hotCases(cases) {
  return el('section', {}, el('h4', {}, `Hot cases at this hand-off (${cases.length})`),
    cases.length === 0 ? el('p', { class: 'cd-muted' }, 'No open P1 or P2 case.') :
      el('table', { class: 'table table-condensed' },
        el('thead', {}, el('tr', {}, ['Case', 'Priority', 'Status', 'Subject', 'Customer', 'Engineer', 'Resolution due']
          .map((h) => el('th', {}, h)))),
        el('tbody', {}, cases.map((c) => el('tr', {}, el('td', {}, c.caseNumber), el('td', {}, c.priority || ''),
          el('td', {}, STATUS[c.status] || c.status), el('td', {}, c.subject || ''), el('td', {}, c.company || ''),
          el('td', {}, c.assignee || 'not claimed'), el('td', {}, due(c.resolutionDue)))))));
}

// Tasklist's candidate-group field opens a dialog whose changes the engine refuses to those who only work tasks:
// read-only for them (the case tab knows from the server whether the engine lets them change it)
document.addEventListener('click', (event) => {
  if (document.body.classList.contains('cd-groups-read-only')
    && event.target.closest && event.target.closest('[cam-tasklist-task-meta] li.groups')) {
    event.stopPropagation();
    event.preventDefault();
  }
}, true);

function render(node, taskId, api, view, notice) {
  document.body.classList.toggle('cd-groups-read-only', !view.mayChangeGroups);
  node.replaceChildren();
  const c = view.case;
  if (!c) {
    node.append(view.cases && view.cases.length
      ? hotCases(view.cases)
      : el('p', { class: 'cd-muted cd-no-case' }, 'This task belongs to no support case.'));
    return;
  }
  node.append(...[
    view.call ? callBanner(view.call) : null,
    view.customerAnswer ? answerBanner(view.customerAnswer) : null,
    problemBanners(c, el),
    el('div', { class: 'cd-head' },
      el('span', { class: 'cd-number' }, c.caseNumber),
      el('span', { class: `cd-priority cd-${(c.priority || '').toLowerCase()}` }, c.priority || ''),
      el('span', { class: 'cd-status' }, STATUS[c.status] || c.status),
      c.escalationLevel ? el('span', { class: 'cd-escalated' }, `escalated, level ${c.escalationLevel}`) : null),
    el('h3', { class: 'cd-subject' }, c.subject || ''),
    c.description ? el('p', { class: 'cd-description' }, c.description) : null,
    facts(c, view.contract),
    articlesLikeThisCase(c.caseNumber, api, view.mayAddNote),
    links(c, view.attachments),
    actionPlan(c),
    view.mayAddNote ? noteForm(taskId, api, (next, text) => render(node, taskId, api, next, text)) : null,
    notice ? el('div', { class: 'cd-notice', role: 'status' }, notice) : null,
    timeline(c, view.internalKinds),
  ].filter(Boolean));
}

/** The task Tasklist shows: its id is in the address (#/?task=...). */
function shownTask() {
  return new URLSearchParams((location.hash.split('?')[1] || '')).get('task');
}

/** One line above the tabs, on every tab (the form too): the case, its priority and subject, whom it is for. */
function renderHeader(node) {
  const taskId = shownTask();
  node.replaceChildren();
  node.dataset.task = taskId || '';
  if (!taskId) {
    return;
  }
  load(taskId).then((view) => {
    if (node.dataset.task !== taskId || !view.case) {
      return;
    }
    const c = view.case;
    const who = view.call || c.caller || {};
    node.replaceChildren(...[
      el('span', { class: 'cd-number' }, c.caseNumber),
      el('span', { class: `cd-priority cd-${(c.priority || '').toLowerCase()}` }, c.priority || ''),
      el('span', { class: 'cd-header-subject', title: c.subject || '' }, c.subject || ''),
      knownErrorChip(c, el),
      // the answer matters more than the phone number to an engineer writing the next step; calls show the phone
      view.customerAnswer ? null : el('span', { class: 'cd-header-contact' }, [who.name, who.phone].filter(Boolean).join(', ')),
      view.customerAnswer ? el('span', { class: 'cd-header-answer', title: view.customerAnswer.text || '' },
        `Customer ${view.customerAnswer.kind === 'SOLUTION_REJECTED' ? 'rejected the solution' : 'answered'}: `,
        el('q', {}, view.customerAnswer.text || '')) : null,
    ].filter(Boolean));
  }).catch(() => node.replaceChildren());
}

export default [
  {
    id: 'casedesk-case-header',
    pluginPoint: 'tasklist.task.action',
    priority: 1000,
    render: (node) => {
      node.className = 'cd-header';
      const update = () => renderHeader(node);
      window.addEventListener('hashchange', update);
      window.addEventListener('casedesk:case-changed', update);
      update();
    },
  },
  {
    id: 'casedesk-case',
    pluginPoint: 'tasklist.task.detail',
    // before Tasklist's own tabs (Form 1000, History 800, Diagram 600, Description 100), so it opens first
    priority: 2000,
    label: 'Case',
    render: (node, { taskId, api }) => {
      node.className = 'cd-case';
      node.append(el('p', { class: 'cd-muted' }, 'Loading the case\u2026'));
      const show = () => load(taskId, true)
        .then((view) => render(node, taskId, api, view))
        .catch((error) => node.replaceChildren(el('div', { class: 'alert alert-warning cd-error' }, error.message)));
      show();
      // claimed or reassigned in Tasklist (controls.js notices it): the case says who works it now
      const reread = (event) => {
        if (!node.isConnected) {
          window.removeEventListener('casedesk:assignee-changed', reread);
        } else if (event.detail.taskId === taskId) {
          show().then(() => window.dispatchEvent(new CustomEvent('casedesk:case-changed', { detail: { taskId } })));
        }
      };
      window.addEventListener('casedesk:assignee-changed', reread);
    },
  },
];
