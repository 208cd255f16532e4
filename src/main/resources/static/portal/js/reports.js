// The company's monthly support reports: the list (newest month first), one report to read, its CSV to download.
// The API answers only the customer's own company's reports; another's is 404, as one that does not exist.
import * as api from './api.js';
import { el, priority, status, when } from './format.js';
import { show } from './app.js';

const monthName = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11" -> "November 2026" in the reader's language. */
export function month(value) {
  const [y, m] = String(value).split('-').map(Number);
  return y && m ? monthName.format(new Date(Date.UTC(y, m - 1, 1))) : value;
}

function download(id) {
  return `/api/reports/monthly/${encodeURIComponent(id)}.csv`;
}

export async function showReports() {
  const reports = await api.get('/api/reports/monthly');
  const view = document.getElementById('view-reports');
  const rows = reports.map(r => el('tr', {},
    el('th', { scope: 'row' }, el('a', { href: `#/reports/${r.id}`, text: month(r.month) })),
    el('td', { 'data-label': 'Made', text: when(r.createdAt) }),
    el('td', { 'data-label': 'Download' }, el('a', { href: download(r.id), download: '',
      text: `CSV`, 'aria-label': `Download the report of ${month(r.month)} (CSV)` }))));
  view.replaceChildren(
    el('h1', { id: 'reports-title', text: 'Monthly support reports' }),
    el('p', { text: 'On the 1st of each month we report the month before: your cases, how fast we answered and '
      + 'solved them, spare parts and complaints. The same report goes to your contacts by e-mail.' }),
    reports.length
      ? el('div', { class: 'table-wrap' }, el('table', { id: 'reports-table' },
        el('caption', { class: 'visually-hidden', text: 'Reports, newest month first' }),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Month' }), el('th', { scope: 'col', text: 'Made' }),
          el('th', { scope: 'col', text: 'Download' }))),
        el('tbody', {}, ...rows)))
      : el('p', { id: 'reports-empty', text: 'There is no report yet. The first one comes on the 1st of next month.' }));
  show('reports', 'Monthly reports');
}

export async function showReport(id) {
  if (!/^\d{1,18}$/.test(id)) {
    throw new api.ApiError(404, null); // not a report's number: as one that does not exist
  }
  const stored = await api.get(`/api/reports/monthly/${encodeURIComponent(id)}`);
  const report = stored.report;
  const f = report.figures;
  const view = document.getElementById('view-report');
  view.replaceChildren(
    el('p', { class: 'back' }, el('a', { href: '#/reports', text: '← All reports' })),
    el('div', { class: 'title-row' },
      el('h1', { id: 'report-title', text: `Support report ${month(report.month)}` }),
      el('a', { id: 'report-download', class: 'button', href: download(stored.id), download: '',
        text: 'Download (CSV)' })),
    el('p', { class: 'note', text: `${report.customer} · made ${when(stored.createdAt)}` }),
    el('h2', { text: 'Cases' }),
    facts([
      ['Opened in the month', count(f.opened.total, f.opened.byPriority)],
      ['Opened without a valid contract', f.openedWithoutContract],
      ['Closed in the month', count(f.closed.total, f.closed.byPriority)],
      ['First response within the agreed time', sla(f.firstResponse)],
      ['Mean time to first response', minutes(f.firstResponse.meanMinutes)],
      ['Solved within the agreed time', sla(f.resolution)],
      ['Mean time to solution', minutes(f.resolution.meanMinutes)],
      ['Escalations', escalations(f.escalationsByLevel)],
      ['Reopened after closure', share(f.reopens.percent, `${f.reopens.reopened} of ${f.reopens.closed} closed`)],
      ['Your satisfaction', f.satisfaction.answers ? `${round(f.satisfaction.average)} of 5 `
        + `(${f.satisfaction.answers} answer${f.satisfaction.answers === 1 ? '' : 's'})` : 'no survey answers'],
    ], 'report-cases'),
    el('h2', { text: 'Spare parts and complaints' }),
    facts([
      ['Spare-part replacements opened', f.rmas.opened],
      ['Spare-part replacements completed', f.rmas.completed],
      ['Complaints received', f.complaints.received],
      ['Complaints closed', f.complaints.closed],
    ], 'report-more'),
    el('h2', { text: `Your cases opened in ${month(report.month)}` }),
    report.cases.length ? caseTable(report.cases) : el('p', { text: 'No cases were opened in the month.' }));
  show('report', `Report ${month(report.month)}`);
}

function caseTable(cases) {
  return el('div', { class: 'table-wrap' }, el('table', { id: 'report-case-table' },
    el('caption', { class: 'visually-hidden', text: 'Cases opened in the month' }),
    el('thead', {}, el('tr', {}, ...['Case', 'Subject', 'Priority', 'Status now', 'Opened', 'Closed']
      .map(text => el('th', { scope: 'col', text })))),
    el('tbody', {}, ...cases.map(c => el('tr', {},
      el('th', { scope: 'row' }, el('a', { href: `#/cases/${encodeURIComponent(c.caseNumber)}`, text: c.caseNumber })),
      el('td', { 'data-label': 'Subject', text: c.subject }),
      el('td', { 'data-label': 'Priority', text: priority(c.priority) }),
      el('td', { 'data-label': 'Status now' }, el('span', { class: `status status-${c.status}`,
        text: status(c.status) })),
      el('td', { 'data-label': 'Opened', text: when(c.openedAt) }),
      el('td', { 'data-label': 'Closed', text: when(c.closedAt) }))))));
}

function facts(pairs, id) {
  return el('dl', { class: 'facts', id }, ...pairs.flatMap(([term, value]) => [el('dt', { text: term }),
    el('dd', { text: value == null || value === '' ? '–' : String(value) })]));
}

function count(total, byPriority) {
  const parts = Object.entries(byPriority || {}).filter(([, n]) => n).map(([p, n]) => `${p}: ${n}`);
  return parts.length ? `${total} (${parts.join(', ')})` : total;
}

function round(value) {
  return Math.round(value * 10) / 10;
}

function share(percent, of) {
  return percent == null ? `– (${of})` : `${round(percent)} % (${of})`;
}

function sla(s) {
  return s.measured ? share(s.compliancePercent, `${s.withinSla} of ${s.measured}`) : '– (no case to measure)';
}

function minutes(value) {
  if (value == null) {
    return '–';
  }
  const total = Math.round(value);
  return total < 60 ? `${total} min` : `${Math.floor(total / 60)} h ${total % 60} min`;
}

function escalations(byLevel) {
  const parts = Object.entries(byLevel || {}).filter(([, n]) => n).map(([level, n]) => `level ${level}: ${n}`);
  return parts.length ? parts.join(', ') : 'none';
}
