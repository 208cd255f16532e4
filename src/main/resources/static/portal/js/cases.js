// The company's cases: a page of the list, filtered by status and text; a case number opens the case.
import * as api from './api.js';
import { el, priority, status, when } from './format.js';
import { show } from './app.js';
import { t } from './i18n.js';

const PAGE_SIZE = 20;
const CASE_NUMBER = /^CS-\d{4}-\d{6}$/i;

export async function showCases(params) {
  const form = document.getElementById('cases-filter');
  const page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
  const statusFilter = params.get('status') || '';
  const q = (params.get('q') || '').trim();
  form.status.value = statusFilter;
  form.q.value = q;
  // the API finds the text in the number, subject and description of every case of the company
  const query = new URLSearchParams({ page, size: PAGE_SIZE });
  if (statusFilter) {
    query.set('status', statusFilter);
  }
  if (q) {
    query.set('q', q);
  }
  const error = document.getElementById('cases-error');
  error.hidden = true;
  let result;
  try {
    result = await api.get(`/api/cases?${query}`);
  } catch (e) {
    if (e.status === 401) {
      throw e;
    }
    error.textContent = e.message;
    error.hidden = false;
    result = { items: [], page, size: PAGE_SIZE, total: 0 };
  }
  const items = result.items;
  const body = document.querySelector('#cases-table tbody');
  body.replaceChildren(...items.map(row));
  document.getElementById('cases-empty').hidden = items.length > 0;
  lastChanges(items.map(c => c.caseNumber));
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  document.getElementById('page-info').textContent =
    t(result.total === 1 ? 'Page {0} of {1} ({2} case)' : 'Page {0} of {1} ({2} cases)', page + 1, pages, result.total);
  const prev = document.getElementById('page-prev');
  const next = document.getElementById('page-next');
  document.querySelector('#view-cases .pager').hidden = pages === 1 && page === 0;
  prev.disabled = page === 0;
  next.disabled = page + 1 >= pages;
  prev.onclick = () => go({ status: statusFilter, q, page: page - 1 });
  next.onclick = () => go({ status: statusFilter, q, page: page + 1 });
  show('cases', t('Your cases'), { focus: !document.getElementById('view-cases').contains(document.activeElement) });
}

function row(c) {
  const due = c.waitingSince
    ? el('span', {}, t('Waiting for you since '), when(c.waitingSince))
    : (c.status === 'CLOSED' ? '–' : when(c.resolutionDue));
  return el('tr', {},
    el('th', { scope: 'row' }, el('a', { href: `#/cases/${encodeURIComponent(c.caseNumber)}`, text: c.caseNumber })),
    el('td', { 'data-label': t('Subject'), text: c.subject }),
    el('td', { 'data-label': t('Status') }, el('span', { class: `status status-${c.status}`, text: status(c.status) })),
    el('td', { 'data-label': t('Priority'), text: priority(c.priority) }),
    el('td', { 'data-label': t('Opened'), text: when(c.openedAt) }),
    el('td', { 'data-label': t('Last change'), 'data-last-change': c.caseNumber, text: '…' }),
    el('td', { 'data-label': t('Next due') }, due));
}

/** Fills the column "Last change": the latest event of each case the customer sees in its history. */
async function lastChanges(caseNumbers) {
  if (!caseNumbers.length) {
    return;
  }
  let changes = {};
  try {
    changes = await api.get(`/portal/api/last-changes?${new URLSearchParams({ cases: caseNumbers.join(',') })}`);
  } catch (e) {
    // the column stays empty; the list itself is shown
  }
  document.querySelectorAll('[data-last-change]').forEach(cell => {
    cell.textContent = when(changes[cell.dataset.lastChange]);
  });
}

function go({ status: s, q, page }) {
  const query = new URLSearchParams();
  if (s) {
    query.set('status', s);
  }
  if (q) {
    query.set('q', q);
  }
  if (page) {
    query.set('page', page);
  }
  location.hash = `#/cases${query.toString() ? `?${query}` : ''}`;
}

document.getElementById('cases-filter').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.target;
  const q = form.q.value.trim();
  if (CASE_NUMBER.test(q)) {
    location.hash = `#/cases/${encodeURIComponent(q.toUpperCase())}`;
    return;
  }
  go({ status: form.status.value, q, page: 0 });
});

document.getElementById('filter-status').addEventListener('change', event => {
  go({ status: event.target.value, q: document.getElementById('filter-q').value.trim(), page: 0 });
});
