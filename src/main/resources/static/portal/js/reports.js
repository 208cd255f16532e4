// The company's monthly support reports: the list (newest month first), one report to read, its CSV to download.
// The API answers only the customer's own company's reports; another's is 404, as one that does not exist.
import * as api from './api.js';
import { el, priority, status, when } from './format.js';
import { show } from './app.js';
import { locale, t } from './i18n.js';


/** "2026-11" -> "November 2026" in the reader's language. */
export function month(value) {
  const [y, m] = String(value).split('-').map(Number);
  const monthName = new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' });
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
    el('td', { 'data-label': t('Made'), text: when(r.createdAt) }),
    el('td', { 'data-label': t('Download') }, el('a', { href: download(r.id), download: '',
      text: 'CSV', 'aria-label': t('Download the report of {0} (CSV)', month(r.month)) }))));
  view.replaceChildren(
    el('h1', { id: 'reports-title', text: t('Monthly support reports') }),
    el('p', { text: t('On the 1st of each month we report the month before: your cases, how fast we answered and '
      + 'solved them, spare parts and complaints. The same report goes to your contacts by e-mail.') }),
    reports.length
      ? el('div', { class: 'table-wrap' }, el('table', { id: 'reports-table' },
        el('caption', { class: 'visually-hidden', text: t('Reports, newest month first') }),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('Month') }),
          el('th', { scope: 'col', text: t('Made') }), el('th', { scope: 'col', text: t('Download') }))),
        el('tbody', {}, ...rows)))
      : el('p', { id: 'reports-empty',
        text: t('There is no report yet. The first one comes on the 1st of next month.') }));
  show('reports', t('Monthly reports'));
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
    el('p', { class: 'back' }, el('a', { href: '#/reports', text: t('← All reports') })),
    el('div', { class: 'title-row' },
      el('h1', { id: 'report-title', text: t('Support report {0}', month(report.month)) }),
      el('a', { id: 'report-download', class: 'button', href: download(stored.id), download: '',
        text: t('Download (CSV)') })),
    el('p', { class: 'note', text: t('{0} · made {1}', report.customer, when(stored.createdAt)) }),
    el('h2', { text: t('Cases') }),
    facts([
      [t('Opened in the month'), count(f.opened.total, f.opened.byPriority)],
      [t('Opened without a valid contract'), f.openedWithoutContract],
      [t('Closed in the month'), count(f.closed.total, f.closed.byPriority)],
      [t('First response within the agreed time'), sla(f.firstResponse)],
      [t('Mean time to first response'), minutes(f.firstResponse.meanMinutes)],
      [t('Solved within the agreed time'), sla(f.resolution)],
      [t('Mean time to solution'), minutes(f.resolution.meanMinutes)],
      [t('Escalations'), escalations(f.escalationsByLevel)],
      [t('Reopened after closure'), share(f.reopens.percent,
        t('{0} of {1} closed', f.reopens.reopened, f.reopens.closed))],
      [t('Your satisfaction'), f.satisfaction.answers ? t(f.satisfaction.answers === 1 ? '{0} of 5 ({1} answer)'
        : '{0} of 5 ({1} answers)', round(f.satisfaction.average), f.satisfaction.answers) : t('no survey answers')],
    ], 'report-cases'),
    el('h2', { text: t('Spare parts and complaints') }),
    facts([
      [t('Spare-part replacements opened'), f.rmas.opened],
      [t('Spare-part replacements completed'), f.rmas.completed],
      [t('Complaints received'), f.complaints.received],
      [t('Complaints closed'), f.complaints.closed],
    ], 'report-more'),
    ...availabilitySection(report.availability),
    el('h2', { text: t('Your cases opened in {0}', month(report.month)) }),
    report.cases.length ? caseTable(report.cases) : el('p', { text: t('No cases were opened in the month.') }));
  show('report', t('Report {0}', month(report.month)));
}

function caseTable(cases) {
  return el('div', { class: 'table-wrap' }, el('table', { id: 'report-case-table' },
    el('caption', { class: 'visually-hidden', text: t('Cases opened in the month') }),
    el('thead', {}, el('tr', {}, ...['Case', 'Subject', 'Priority', 'Status now', 'Opened', 'Closed']
      .map(text => el('th', { scope: 'col', text: t(text) })))),
    el('tbody', {}, ...cases.map(c => el('tr', {},
      el('th', { scope: 'row' }, el('a', { href: `#/cases/${encodeURIComponent(c.caseNumber)}`, text: c.caseNumber })),
      el('td', { 'data-label': t('Subject'), text: c.subject }),
      el('td', { 'data-label': t('Priority'), text: priority(c.priority) }),
      el('td', { 'data-label': t('Status now') }, el('span', { class: `status status-${c.status}`,
        text: status(c.status) })),
      el('td', { 'data-label': t('Opened'), text: when(c.openedAt) }),
      el('td', { 'data-label': t('Closed'), text: when(c.closedAt) }))))));
}

/** The monitored systems' availability (health events); reports made before it have none. */
function availabilitySection(systems) {
  if (!systems || !systems.length) {
    return [];
  }
  const percent = new Intl.NumberFormat(locale(), { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  return [el('h2', { text: t('Availability of your systems') }),
    el('div', { class: 'table-wrap' }, el('table', { id: 'report-availability' },
      el('caption', { class: 'visually-hidden', text: t('Availability of your systems') }),
      el('thead', {}, el('tr', {}, ...['System', 'Availability', 'Downtime', 'Outages']
        .map(text => el('th', { scope: 'col', text: t(text) })))),
      el('tbody', {}, ...systems.map(s => el('tr', {},
        el('th', { scope: 'row', text: [s.product, s.serialNumber, s.site ? `(${s.site})` : ''].join(' ').trim() }),
        el('td', { 'data-label': t('Availability'), text: `${percent.format(s.availabilityPercent)} %` }),
        el('td', { 'data-label': t('Downtime'), text: minutes(s.downtimeMinutes) }),
        el('td', { 'data-label': t('Outages'), text: String(s.outages) }))))))];
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
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value);
}

function share(percent, of) {
  return percent == null ? `– (${of})` : `${round(percent)} % (${of})`;
}

function sla(s) {
  return s.measured ? share(s.compliancePercent, t('{0} of {1}', s.withinSla, s.measured))
    : t('– (no case to measure)');
}

function minutes(value) {
  if (value == null) {
    return '–';
  }
  const total = Math.round(value);
  return total < 60 ? t('{0} min', total) : t('{0} h {1} min', Math.floor(total / 60), total % 60);
}

function escalations(byLevel) {
  const parts = Object.entries(byLevel || {}).filter(([, n]) => n).map(([level, n]) => t('level {0}: {1}', level, n));
  return parts.length ? parts.join(', ') : t('none');
}
