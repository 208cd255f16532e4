// The company's maintenance inspections: the list (newest first) and one inspection's report, with its CSV.
// The API answers only the customer's own company's inspections; another's is 404, as one that does not exist.
import * as api from './api.js';
import { el, when } from './format.js';
import { show } from './app.js';
import { locale, t } from './i18n.js';

const CONDITION = { ok: 'In order', attention: 'Needs attention', fault: 'Fault' };
const STATUS = { OPEN: 'Under way', COMPLETED: 'Completed' };

function day(iso) {
  return iso ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(`${iso}T00:00:00Z`)) : '–';
}

function download(number) {
  return `/api/inspections/${encodeURIComponent(number)}.csv`;
}

export async function showInspections() {
  const inspections = await api.get('/api/inspections');
  const view = document.getElementById('view-inspections');
  const rows = inspections.map(i => el('tr', {},
    el('th', { scope: 'row' }, el('a', { href: `#/inspections/${encodeURIComponent(i.inspectionNumber)}`,
      text: day(i.dueOn) })),
    el('td', { 'data-label': t('Contract'), text: i.contractId }),
    el('td', { 'data-label': t('Status'), text: t(STATUS[i.status] || i.status) }),
    el('td', { 'data-label': t('Findings'), text: summary(i) }),
    el('td', { 'data-label': t('Download') }, el('a', { href: download(i.inspectionNumber), download: '',
      text: 'CSV', 'aria-label': t('Download the inspection of {0} (CSV)', day(i.dueOn)) }))));
  view.replaceChildren(
    el('h1', { id: 'inspections-title', text: t('Maintenance inspections') }),
    el('p', { text: t('Your contract includes regular inspections of your registered systems. Each inspection checks '
      + 'every system; its report goes to your contacts by e-mail when the last system is done.') }),
    inspections.length
      ? el('div', { class: 'table-wrap' }, el('table', { id: 'inspections-table' },
        el('caption', { class: 'visually-hidden', text: t('Inspections, newest first') }),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('Due on') }),
          el('th', { scope: 'col', text: t('Contract') }), el('th', { scope: 'col', text: t('Status') }),
          el('th', { scope: 'col', text: t('Findings') }), el('th', { scope: 'col', text: t('Download') }))),
        el('tbody', {}, ...rows)))
      : el('p', { id: 'inspections-empty', text: t('There is no inspection yet.') }));
  show('inspections', t('Inspections'));
}

export async function showInspection(number) {
  const i = await api.get(`/api/inspections/${encodeURIComponent(number)}`);
  const view = document.getElementById('view-inspection');
  const rows = i.findings.map(f => el('tr', {},
    el('th', { scope: 'row', text: [f.product, f.serialNumber].filter(Boolean).join(' ') }),
    el('td', { 'data-label': t('Site'), text: f.site || '–' }),
    el('td', { 'data-label': t('Condition'), text: t(CONDITION[f.condition] || f.condition) }),
    el('td', { 'data-label': t('Software version'), text: f.softwareVersion || '–' }),
    el('td', { 'data-label': t('What we found'), text: f.notes || '–' }),
    el('td', { 'data-label': t('Recommendation'), text: f.recommendation || '–' }),
    el('td', { 'data-label': t('Follow-up') }, f.caseNumber
      ? el('a', { href: `#/cases/${encodeURIComponent(f.caseNumber)}`, text: f.caseNumber })
      : f.changeId ? el('a', { href: `#/changes/${encodeURIComponent(f.changeId)}`, text: f.changeId }) : '–')));
  view.replaceChildren(
    el('p', { class: 'back' }, el('a', { href: '#/inspections', text: t('← All inspections') })),
    el('div', { class: 'title-row' },
      el('h1', { id: 'inspection-title', text: t('Inspection of {0}', day(i.dueOn)) }),
      el('a', { id: 'inspection-download', class: 'button', href: download(i.inspectionNumber), download: '',
        text: t('Download (CSV)') })),
    el('p', { class: 'note', text: t('{0} · contract {1} · {2}', i.company, i.contractId,
      i.completedAt ? t('completed {0}', when(i.completedAt)) : t(STATUS[i.status] || i.status)) }),
    i.findings.length
      ? el('div', { class: 'table-wrap' }, el('table', { id: 'inspection-findings' },
        el('caption', { class: 'visually-hidden', text: t('What we found on each system') }),
        el('thead', {}, el('tr', {}, ...['System', 'Site', 'Condition', 'Software version', 'What we found',
          'Recommendation', 'Follow-up'].map(h => el('th', { scope: 'col', text: t(h) })))),
        el('tbody', {}, ...rows)))
      : el('p', { text: t('No system has been inspected yet.') }));
  show('inspection', t('Inspection of {0}', day(i.dueOn)));
}

function summary(i) {
  if (!i.findings.length) {
    return '–';
  }
  const count = c => i.findings.filter(f => f.condition === c).length;
  return t('{0} in order, {1} to watch, {2} with a fault', count('ok'), count('attention'), count('fault'));
}
