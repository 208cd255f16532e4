// Casedesk, Tasklist navbar: "My cases".
//
// - Right after a hotline agent starts a case with the start form, a banner gives the new case's number, priority
//   and queue, to read to the caller. The number is exact: it is the business key of the process instance that
//   Tasklist's own start request (POST .../process-definition/{id}/submit-form) answered with, looked up in the
//   case API; nothing is guessed from "the newest case".
// - "My cases" lists the cases the agent opened and the open cases they own as engineer, those waiting for the
//   customer marked with the time since when they wait; a case opens in a dialog with its details and timeline
//   and links to its open tasks in Tasklist.
//
// Everything is read from the Casedesk API (/api) with the agent's own Tasklist session, so the agent sees what
// the case API lets them see. Plain ES module, no build step.

const STYLE_ID = 'casedesk-cases-style';
const PAGE = 20;
const OPEN_STATUSES = 'OPEN,IN_PROGRESS,WAITING_CUSTOMER,RMA_PENDING,RESOLVED';
const WAITING = new Set(['WAITING_CUSTOMER', 'RESOLVED']);

const STATUS = {
  NEW: 'Registered, priority and queue follow',
  NO_CONTRACT: 'No valid contract (with Sales)',
  OPEN: 'Open, in its queue',
  IN_PROGRESS: 'In progress',
  WAITING_CUSTOMER: 'Waiting for the customer\u2019s answer',
  RMA_PENDING: 'Waiting for a spare part (RMA)',
  RESOLVED: 'Solution proposed, waiting for the customer\u2019s confirmation',
  CLOSED: 'Closed'
};

/** The server's root: the webapps live at <context path>/camunda (the base element's app-root). */
function apiUrl(path) {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.slice(0, appRoot.lastIndexOf('/')) + '/api' + path;
}

/** Tasklist's address of a task. */
function taskUrl(taskId) {
  const engine = (location.pathname.match(/\/app\/tasklist\/([^/]+)/) || [])[1] || 'default';
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot + '/app/tasklist/' + engine + '/#/?task=' + encodeURIComponent(taskId);
}

function engineUrl(path) {
  const base = document.querySelector('base');
  const engineApi = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
  const engine = (location.pathname.match(/\/app\/tasklist\/([^/]+)/) || [])[1] || 'default';
  return engineApi + 'engine/' + engine + path;
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const error = new Error((body && (body.detail || body.message)) || 'The server answered ' + response.status);
    error.status = response.status;
    throw error;
  }
  return body;
}

// ---------------------------------------------------------------------------------------------------------------
// The new case's number, from Tasklist's own start request

const listeners = new Set();

function startedInstance(url, method, status, body) {
  if (String(method).toUpperCase() !== 'POST' || status < 200 || status >= 300) {
    return;
  }
  if (!/\/process-definition\/[^?]*\/(submit-form|start)(\?|$)/.test(String(url))) {
    return;
  }
  let instance = body;
  if (typeof body === 'string') {
    try {
      instance = JSON.parse(body);
    } catch (e) {
      return;
    }
  }
  if (instance && instance.id) {
    listeners.forEach((listener) => listener(instance));
  }
}

/** Watches the engine REST requests that start a process (Tasklist sends them as XMLHttpRequest). Once per page. */
function watchStarts() {
  if (window.__casedeskWatchesStarts) {
    return;
  }
  window.__casedeskWatchesStarts = true;
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__casedeskRequest = { method, url };
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    const request = this.__casedeskRequest;
    if (request && String(request.method).toUpperCase() === 'POST') {
      this.addEventListener('load', () => {
        const body = this.responseType === 'json' ? this.response
          : this.responseType === '' || this.responseType === 'text' ? this.responseText : null;
        startedInstance(request.url, request.method, this.status, body);
      });
    }
    return send.apply(this, arguments);
  };
  if (window.fetch) {
    const fetch = window.fetch;
    window.fetch = function (input, init) {
      const url = typeof input === 'string' ? input : input && input.url;
      const method = (init && init.method) || (input && input.method) || 'GET';
      const result = fetch.apply(this, arguments);
      if (String(method).toUpperCase() === 'POST' && /\/process-definition\//.test(String(url))) {
        result.then((response) => response.clone().json()
          .then((body) => startedInstance(url, method, response.status, body))).catch(() => {});
      }
      return result;
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering helpers

function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'className') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  });
  return element;
}

function when(iso) {
  if (!iso) {
    return '';
  }
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'
  });
}

/** TRIAGED -> Triaged, SLA_PAUSED -> SLA paused. */
function words(kind) {
  const text = String(kind || '').toLowerCase().replace(/_/g, ' ').replace(/\bsla\b/g, 'SLA').replace(/\brma\b/g, 'RMA');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function since(iso) {
  const minutes = Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 60000));
  if (minutes < 60) {
    return minutes + ' min';
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    return hours + ' h ' + (minutes % 60) + ' min';
  }
  return Math.floor(hours / 24) + ' days ' + (hours % 24) + ' h';
}

function ensureStyle() {
  if (document.getElementById(STYLE_ID)) {
    return;
  }
  document.head.append(el('link', {
    id: STYLE_ID, rel: 'stylesheet', href: new URL('./cases.css', import.meta.url).href
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// The banner after a start

function banner(text, details, kind, actions) {
  document.querySelectorAll('.casedesk-started').forEach((old) => old.remove());
  const close = el('button', { type: 'button', className: 'close', 'aria-label': 'Close', title: 'Close' }, '\u00d7');
  const box = el('div', { className: 'casedesk-started casedesk-started-' + kind, role: 'status' },
    close, el('div', { className: 'casedesk-started-title' }, text),
    details ? el('div', { className: 'casedesk-started-details' }, details) : null,
    actions && actions.length ? el('div', { className: 'casedesk-started-actions' }, actions) : null);
  close.addEventListener('click', () => box.remove());
  document.body.append(box);
  return box;
}

async function announce(instance, panel) {
  const definition = String(instance.definitionId || '');
  if (definition && !definition.startsWith('case-handling:')) {
    return; // another process (a complaint, ...): Tasklist's own message says enough
  }
  if (!instance.businessKey) {
    banner('The case was started, but its number could not be read.', 'Open "My cases" to find it.', 'warning');
    return;
  }
  let found;
  try {
    found = await getJson(apiUrl('/cases/' + encodeURIComponent(instance.businessKey)));
  } catch (e) {
    if (definition) {
      banner('Case ' + instance.businessKey + ' opened', 'Its details could not be read: ' + e.message, 'warning');
    }
    return;
  }
  // NEW after the start: the case is registered but triage failed and waits for its retry (an incident)
  const title = found.status === 'NO_CONTRACT'
    ? 'Case ' + found.caseNumber + ' opened: no valid contract, handed to Sales'
    : found.status === 'NEW'
      ? 'Case ' + found.caseNumber + ' registered: its priority and queue follow shortly'
      : 'Case ' + found.caseNumber + ' opened: ' + (found.priority || 'priority not set')
        + ', queue ' + (found.queue || 'none');
  const details = [found.subject, found.company || (found.caller && found.caller.company)]
    .filter(Boolean).join(' \u00b7 ') + '. Give the caller the case number'
    + (found.status === 'NEW' ? '; the acknowledgement with the due times reaches them by e-mail.' : '.');
  banner(title, details, found.status === 'NEW' || found.status === 'NO_CONTRACT' ? 'warning' : 'success', [
    el('button', { type: 'button', className: 'btn btn-default btn-sm', onclick: () => openCase(found.caseNumber) },
      'Show case'),
    el('button', { type: 'button', className: 'btn btn-default btn-sm', onclick: () => panel.show() }, 'My cases')
  ]);
  panel.refreshIfOpen();
}

// ---------------------------------------------------------------------------------------------------------------
// The case dialog: what the case API shows, and the case's open tasks in Tasklist

function field(label, value) {
  return value === null || value === undefined || value === '' ? null
    : el('div', { className: 'casedesk-field' }, el('span', { className: 'casedesk-label' }, label), el('span', {}, value));
}

async function openCase(caseNumber) {
  document.querySelectorAll('.casedesk-case-dialog').forEach((old) => old.remove());
  const body = el('div', { className: 'casedesk-case-body' }, 'Loading case ' + caseNumber + '\u2026');
  const close = el('button', { type: 'button', className: 'close', 'aria-label': 'Close', title: 'Close' }, '\u00d7');
  const dialog = el('div', { className: 'casedesk-case-dialog', role: 'dialog', 'aria-label': 'Case ' + caseNumber },
    el('div', { className: 'casedesk-case-box' }, close, body));
  const remove = () => {
    dialog.remove();
    document.removeEventListener('keydown', onKey);
  };
  const onKey = (event) => event.key === 'Escape' && remove();
  // to a task in Tasklist: the dialog and the panel make way for it
  const leave = () => {
    remove();
    if (mounted) {
      mounted.panel.hide();
    }
  };
  close.addEventListener('click', remove);
  dialog.addEventListener('click', (event) => event.target === dialog && remove());
  document.addEventListener('keydown', onKey);
  document.body.append(dialog);

  let c;
  try {
    c = await getJson(apiUrl('/cases/' + encodeURIComponent(caseNumber)));
  } catch (e) {
    body.replaceChildren(el('h3', {}, 'Case ' + caseNumber), el('p', { className: 'text-danger' }, e.message));
    return;
  }
  let tasks = [];
  try {
    tasks = await getJson(engineUrl('/task?processInstanceBusinessKey=' + encodeURIComponent(caseNumber)));
  } catch (e) {
    tasks = [];
  }
  const sla = c.sla || {};
  const caller = c.caller || {};
  body.replaceChildren(...[
    el('h3', {}, 'Case ' + c.caseNumber + ': ' + c.subject),
    el('p', { className: 'casedesk-case-status' }, el('strong', {}, STATUS[c.status] || c.status),
      c.priority ? ' \u00b7 ' + c.priority : '', c.queue ? ' \u00b7 queue ' + c.queue : '',
      c.assignee ? ' \u00b7 engineer ' + c.assignee : '',
      c.escalationLevel ? ' \u00b7 escalation level ' + c.escalationLevel : ''),
    el('div', { className: 'casedesk-case-grid' },
      field('Company', c.company || caller.company),
      field('Contract', [c.contractId, c.serviceLevel].filter(Boolean).join(', ')),
      field('Caller', caller.name),
      field('Phone', caller.phone),
      field('E-mail', caller.email),
      field('Product', c.product),
      field('Opened', when(c.openedAt) + (c.channel ? ' (' + c.channel + ')' : '')),
      field('First response due', when(sla.firstResponseDue)),
      field('Resolution due', when(sla.resolutionDue) + (sla.paused ? ' (clock stopped)' : '')),
      field('Vendor case', c.vendorCaseNumber),
      field('Closed', when(c.closedAt))),
    c.description ? el('div', { className: 'casedesk-case-text' }, el('h4', {}, 'Description'), c.description) : null,
    c.solution ? el('div', { className: 'casedesk-case-text' }, el('h4', {}, 'Proposed solution'), c.solution) : null,
    el('h4', {}, 'Open tasks'),
    tasks.length
      ? el('ul', {}, tasks.map((t) => el('li', {}, el('a', { href: taskUrl(t.id), onclick: leave }, t.name),
        t.assignee ? ' (assigned to ' + t.assignee + ')' : ' (not claimed)')))
      : el('p', { className: 'text-muted' }, c.status === 'WAITING_CUSTOMER' || c.status === 'RESOLVED'
        ? 'None: the case waits for the customer. Their answer creates the next task.'
        : 'None.'),
    el('h4', {}, 'Timeline (newest first)'),
    el('table', { className: 'table table-condensed casedesk-timeline' },
      el('tbody', {}, (c.timeline || []).slice().reverse().map((e) => el('tr', {},
        el('td', { className: 'casedesk-nowrap' }, when(e.at)),
        el('td', {}, e.actor), el('td', {}, words(e.kind)), el('td', {}, e.detail || '')))))
  ].filter(Boolean)); // replaceChildren would write "null"
}

// ---------------------------------------------------------------------------------------------------------------
// The panel

function caseRows(items, withWaiting) {
  return el('table', { className: 'table table-condensed table-hover casedesk-cases-table' },
    el('thead', {}, el('tr', {}, ['Case', 'Subject', 'Company', 'Status', 'Priority', 'Opened']
      .map((h) => el('th', {}, h)))),
    el('tbody', {}, items.map((c) => el('tr', {
      className: withWaiting && WAITING.has(c.status) ? 'casedesk-waiting' : null, 'data-case': c.caseNumber
    },
    el('td', { className: 'casedesk-nowrap' }, el('a', {
      href: '#', className: 'casedesk-case-link',
      onclick: (event) => {
        event.preventDefault();
        openCase(c.caseNumber);
      }
    }, c.caseNumber)),
    el('td', {}, c.subject),
    el('td', {}, c.company || ''),
    el('td', {}, STATUS[c.status] || c.status,
      withWaiting && WAITING.has(c.status) && c.waitingSince
        ? el('div', { className: 'casedesk-waiting-since' }, 'waiting since ' + when(c.waitingSince)
          + ' (' + since(c.waitingSince) + ')')
        : null),
    el('td', {}, c.priority || '\u2013'),
    el('td', { className: 'casedesk-nowrap' }, when(c.openedAt))))));
}

function section(title, page, empty, withWaiting) {
  const items = withWaiting
    // waiting for the customer first, longest waiting first: none is forgotten
    ? page.items.slice().sort((a, b) => (WAITING.has(b.status) - WAITING.has(a.status))
      || String(a.waitingSince || '').localeCompare(String(b.waitingSince || '')))
    : page.items;
  const waiting = page.items.filter((c) => WAITING.has(c.status)).length;
  return el('section', { className: 'casedesk-cases-section' },
    el('h4', {}, title, ' ', el('span', { className: 'badge' }, page.total),
      withWaiting && waiting ? el('span', { className: 'casedesk-waiting-count' }, waiting + ' waiting for the customer')
        : null),
    items.length ? caseRows(items, withWaiting) : el('p', { className: 'text-muted' }, empty),
    page.total > page.items.length
      ? el('p', { className: 'text-muted' }, 'The newest ' + page.items.length + ' of ' + page.total + '.') : null);
}

function createPanel(anchor) {
  const content = el('div', { className: 'casedesk-cases-content' });
  const panel = el('div', { className: 'casedesk-cases-panel', role: 'dialog', 'aria-label': 'My cases', hidden: true },
    el('div', { className: 'casedesk-cases-head' }, el('h3', {}, 'My cases'),
      el('button', { type: 'button', className: 'btn btn-link btn-sm', onclick: () => load() }, 'Refresh'),
      el('button', { type: 'button', className: 'close', 'aria-label': 'Close', title: 'Close', onclick: () => hide() },
        '\u00d7')),
    content);
  document.body.append(panel);

  async function load() {
    content.replaceChildren(el('p', { className: 'text-muted' }, 'Loading\u2026'));
    try {
      const [assigned, opened] = await Promise.all([
        getJson(apiUrl('/cases?engineer=me&status=' + OPEN_STATUSES + '&size=' + PAGE)),
        getJson(apiUrl('/cases?openedBy=me&size=' + PAGE))
      ]);
      const sections = [
        section('Assigned to me, open', assigned, 'No open case is assigned to you.', true),
        section('Opened by me', opened, 'You have opened no cases.', false)
      ];
      // the section with cases first (the hotline opens cases, engineers own them)
      if (!assigned.total && opened.total) {
        sections.reverse();
      }
      content.replaceChildren(...sections);
    } catch (e) {
      content.replaceChildren(el('p', { className: 'text-danger' }, 'Your cases could not be read: ' + e.message));
    }
  }

  function show() {
    panel.hidden = false;
    anchor.setAttribute('aria-expanded', 'true');
    load();
  }

  function hide() {
    panel.hidden = true;
    anchor.setAttribute('aria-expanded', 'false');
  }

  const onDocumentClick = (event) => {
    if (!panel.hidden && !panel.contains(event.target) && !anchor.contains(event.target)
      && !event.target.closest('.casedesk-case-dialog, .casedesk-started')) {
      hide();
    }
  };
  const onKey = (event) => {
    if (event.key === 'Escape' && !document.querySelector('.casedesk-case-dialog')) {
      hide();
    }
  };
  document.addEventListener('click', onDocumentClick);
  document.addEventListener('keydown', onKey);

  return {
    show,
    hide,
    toggle: () => (panel.hidden ? show() : hide()),
    refreshIfOpen: () => !panel.hidden && load(),
    remove: () => {
      document.removeEventListener('click', onDocumentClick);
      document.removeEventListener('keydown', onKey);
      panel.remove();
    }
  };
}

let mounted = null;

export default [
  {
    id: 'casedesk-my-cases',
    pluginPoint: 'tasklist.navbar.action',
    priority: 200,
    render: (node) => {
      ensureStyle();
      watchStarts();
      const anchor = el('a', {
        href: '#', role: 'button', className: 'casedesk-my-cases-toggle', 'aria-haspopup': 'dialog',
        'aria-expanded': 'false', title: 'The cases you opened and the open cases assigned to you'
      }, el('span', { className: 'glyphicon glyphicon-briefcase' }), ' My cases');
      node.append(anchor);
      const panel = createPanel(anchor);
      anchor.addEventListener('click', (event) => {
        event.preventDefault();
        panel.toggle();
      });
      const listener = (instance) => announce(instance, panel);
      listeners.add(listener);
      mounted = { panel, listener };
    },
    unmount: () => {
      if (mounted) {
        listeners.delete(mounted.listener);
        mounted.panel.remove();
        mounted = null;
      }
    }
  }
];
