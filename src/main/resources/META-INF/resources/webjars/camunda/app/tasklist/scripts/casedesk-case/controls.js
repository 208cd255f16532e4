// Tasklist controls an agent cannot use are not offered: each is shown only when the engine, asked with the agent's
// own Tasklist session, says the agent may do what it does. The engine keeps refusing the rest; this only stops
// offering it. One small function per control below; the CSS that hides them is at the end of case.css.
//
// - "Create task" (navbar, view create-task-action): CREATE on the Task resource.
// - "Start process" (navbar, view start-process-action): a process the agent may start, asked as Tasklist's own
//   dialog asks (latest, active, startable in Tasklist, with the start permission checked).
// - The History tab (task-detail-history): READ_HISTORY on the task's process definition.
// - The Description tab (task-detail-description): only when the task has a description.
// - "Claim": TASK_WORK on the task or its process definition; else a line says who works it and that the agent
//   may read it.
// - The assignee field and its "x" (unclaim, reset): TASK_ASSIGN on the task or its process definition; else the
//   assignee is plain text (the engine refuses an engineer both to give a task back and to hand it on).
// - The keyboard shortcuts for starting a process and claiming do nothing when those are not offered.
//
// Keys: the navbar items' classes are their view ids; the task tabs carry no id in the page, so each tab gets
// data-cd-tab with its view id from Tasklist's own scope. Nothing keys on English text.

const base = document.querySelector('base');
const engineApi = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
const adminApi = (base && base.getAttribute('admin-api')) || '/camunda/api/admin/';
const engineName = (location.pathname.match(/\/app\/tasklist\/([^/]+)/) || [])[1] || 'default';

// the engine's resource types (org.camunda.bpm.engine.authorization.Resources)
const PROCESS_DEFINITION = 6;
const TASK = 7;

async function engine(path) {
  const response = await fetch(`${engineApi}engine/${engineName}${path}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status}`);
  }
  return response.json();
}

/** Whether the logged-in user has the permission (on one resource, or on all of its type without an id). */
async function may(permission, resourceType, resourceName, resourceId) {
  const query = new URLSearchParams({ permissionName: permission, resourceName, resourceType: String(resourceType) });
  if (resourceId) {
    query.set('resourceId', resourceId);
  }
  return (await engine(`/authorization/check?${query}`)).authorized === true;
}

/** A permission on a task, given on the task itself or on its process definition (as the engine checks it). */
async function mayOnTask(permission, task, definitionKey) {
  const checks = [may(permission, TASK, 'Task', task.id)];
  if (definitionKey) {
    checks.push(may(permission, PROCESS_DEFINITION, 'ProcessDefinition', definitionKey));
  }
  return (await Promise.all(checks)).some(Boolean);
}

// ---------------------------------------------------------------------------------------------------------------
// Navbar

async function mayCreateTasks() {
  return may('CREATE', TASK, 'Task');
}

async function mayStartProcesses() {
  const query = 'latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true';
  return (await engine(`/process-definition/count?${query}`)).count > 0;
}

const NAVBAR = [
  { view: 'create-task-action', offered: mayCreateTasks },
  { view: 'start-process-action', offered: mayStartProcesses },
];

// the verdicts of the user logged in now; another login asks again
let navbarFor = null;

async function loggedInUser() {
  const response = await fetch(`${adminApi}auth/user/${engineName}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? (await response.json()).userId : null;
}

async function checkNavbar() {
  const user = await loggedInUser().catch(() => null);
  if (!user || user === navbarFor) {
    return;
  }
  navbarFor = user;
  for (const { view, offered } of NAVBAR) {
    // a failed question offers the control: the engine still decides when it is used
    const verdict = await offered().catch(() => true);
    document.body.classList.toggle(`cd-offered-${view}`, verdict);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The task shown

/** The task Tasklist shows: its id is in the address (#/?task=...). */
function shownTask() {
  return new URLSearchParams((location.hash.split('?')[1] || '')).get('task');
}

async function mayReadHistory(task, definitionKey) {
  return !definitionKey || may('READ_HISTORY', PROCESS_DEFINITION, 'ProcessDefinition', definitionKey);
}

function hasDescription(task) {
  return Boolean(task.description && task.description.trim());
}

async function mayWork(task, definitionKey) {
  return mayOnTask('TASK_WORK', task, definitionKey);
}

async function mayAssign(task, definitionKey) {
  return mayOnTask('TASK_ASSIGN', task, definitionKey);
}

/** "Engineers" for the candidate groups the user may read, else their ids; candidate users too. */
async function workedBy(task) {
  const links = await engine(`/task/${encodeURIComponent(task.id)}/identity-links?type=candidate`).catch(() => []);
  const groupIds = links.map((l) => l.groupId).filter(Boolean);
  const users = links.map((l) => l.userId).filter(Boolean);
  const names = new Map();
  if (groupIds.length) {
    const groups = await engine(`/group?idIn=${groupIds.map(encodeURIComponent).join(',')}`).catch(() => []);
    groups.forEach((g) => names.set(g.id, g.name || g.id));
  }
  // a group the user may not read goes by its id, as a name: "rma-desk" reads "Rma desk"
  const asName = (id) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ');
  return [...groupIds.map((id) => names.get(id) || asName(id)), ...users];
}

async function checkTask(taskId) {
  const task = await engine(`/task/${encodeURIComponent(taskId)}`);
  const definitionKey = task.processDefinitionId ? task.processDefinitionId.split(':')[0] : null;
  const [history, work, assign, by] = await Promise.all([mayReadHistory(task, definitionKey),
    mayWork(task, definitionKey), mayAssign(task, definitionKey), workedBy(task)]);
  return { history, description: hasDescription(task), work, assign, by };
}

// the verdict for the task shown: null while the engine is asked (the controls wait hidden), then the answers
const shown = { taskId: null, verdict: null };

function askForTask(taskId) {
  shown.taskId = taskId;
  shown.verdict = null;
  if (!taskId) {
    return;
  }
  checkTask(taskId)
    // a failed question offers the controls: the engine still decides when they are used
    .catch(() => ({ history: true, description: true, work: true, assign: true, by: [] }))
    .then((verdict) => {
      if (shown.taskId === taskId) {
        shown.verdict = verdict;
        schedule();
      }
    });
}

/** Each task tab gets its view id (Tasklist's scope knows it, the page does not). */
function tagTabs() {
  for (const tab of document.querySelectorAll('.task-card ul.nav-tabs > li:not([data-cd-tab])')) {
    const scope = window.angular && window.angular.element(tab).scope();
    const id = scope && scope.taskDetailTab && scope.taskDetailTab.id;
    if (id) {
      tab.dataset.cdTab = id;
    }
  }
}

/** A tab hidden while it is open leaves its place to the first tab (the Case tab). */
function leaveHiddenTab() {
  const active = document.querySelector('.task-card ul.nav-tabs > li.active');
  if (active && active.offsetParent === null) {
    const first = [...document.querySelectorAll('.task-card ul.nav-tabs > li > a')].find((a) => a.offsetParent !== null);
    if (first) {
      first.click();
    }
  }
}

function claimLine(verdict) {
  const claim = document.querySelector('[cam-tasklist-task-meta] li.assignee button.claim');
  const li = claim && claim.closest('li');
  const line = li && li.querySelector('.cd-worked-by');
  if (!li || !verdict || verdict.work) {
    if (line) {
      line.remove();
    }
    return;
  }
  const text = `${verdict.by.length ? `Worked by ${verdict.by.join(', ')}` : 'Not yours to work'}; you can read this task`;
  if (line && line.textContent === text) {
    return;
  }
  const next = document.createElement('span');
  next.className = 'cd-worked-by';
  next.textContent = text;
  if (line) {
    line.replaceWith(next);
  } else {
    li.append(next);
  }
}

// a claim (or a reassignment) changes who works the case: the Case tab reads it again (plugin.js)
let assigneeSeen = null;

function noticeAssigneeChange() {
  const li = document.querySelector('[cam-tasklist-task-meta] li.assignee');
  const now = li ? `${shown.taskId} ${li.querySelector('button.claim') ? '' : li.textContent.trim()}` : null;
  if (now === null || now === assigneeSeen) {
    return;
  }
  const before = assigneeSeen;
  assigneeSeen = now;
  if (before !== null && before.split(' ')[0] === shown.taskId) {
    window.dispatchEvent(new CustomEvent('casedesk:assignee-changed', { detail: { taskId: shown.taskId } }));
  }
}

function applyToTask() {
  const taskId = shownTask();
  if (taskId !== shown.taskId) {
    askForTask(taskId);
  }
  const card = document.querySelector('section.task-card');
  if (!card) {
    return;
  }
  tagTabs();
  const v = shown.verdict;
  const flags = v ? { history: v.history, description: v.description, claim: v.work, assign: v.assign } : {};
  for (const control of ['history', 'description', 'claim', 'assign']) {
    const offered = Boolean(flags[control]);
    if (card.classList.contains(`cd-offered-${control}`) !== offered) {
      card.classList.toggle(`cd-offered-${control}`, offered);
    }
  }
  claimLine(v);
  noticeAssigneeChange();
  if (v) {
    leaveHiddenTab();
  }
  // which task the controls are settled for (tests wait for it)
  const settled = v ? shown.taskId : null;
  if ((card.dataset.cdTask || null) !== settled) {
    if (settled) {
      card.dataset.cdTask = settled;
    } else {
      delete card.dataset.cdTask;
    }
  }
}

// the assignee of a task the user may not assign is text: a click or a key on it opens nothing
for (const type of ['click', 'keydown', 'paste']) {
  document.addEventListener(type, (event) => {
    const field = event.target.closest && event.target.closest('[cam-tasklist-task-meta] li.assignee');
    const card = field && field.closest('section.task-card');
    if (card && !card.classList.contains('cd-offered-assign') && !field.querySelector('button.claim')) {
      event.stopPropagation();
      event.preventDefault();
    }
  }, true);
}

// the keyboard shortcuts (config.js) of controls not offered do nothing either: Tasklist binds them on the document,
// this listener on the window comes first
const SHORTCUTS = [
  { name: 'startProcess', offered: () => document.body.classList.contains('cd-offered-start-process-action') },
  { name: 'claimTask', offered: () => {
    const card = document.querySelector('section.task-card');
    return !card || card.classList.contains('cd-offered-claim');
  } },
];

/** Whether a key event is a shortcut such as "ctrl+alt+p". */
function isShortcut(event, combination) {
  const keys = combination.toLowerCase().split('+');
  const key = keys.pop();
  const pressed = event.code && event.code.startsWith('Key') ? event.code.slice(3).toLowerCase() : (event.key || '').toLowerCase();
  return pressed === key && ['ctrl', 'alt', 'shift', 'meta'].every((m) => keys.includes(m) === event[`${m}Key`]);
}

window.addEventListener('keydown', (event) => {
  const shortcuts = (window.camTasklistConf && window.camTasklistConf.shortcuts) || {};
  for (const { name, offered } of SHORTCUTS) {
    if (shortcuts[name] && isShortcut(event, shortcuts[name].key) && !offered()) {
      event.stopPropagation();
      event.preventDefault();
    }
  }
}, true);

// ---------------------------------------------------------------------------------------------------------------

let scheduled = false;

function schedule() {
  if (scheduled) {
    return;
  }
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    applyToTask();
  });
}

new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
window.addEventListener('hashchange', () => {
  schedule();
  checkNavbar();
});
schedule();
checkNavbar();
