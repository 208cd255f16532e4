// The company's change requests: the list (newest first) and one change, with the plan the expert group approved,
// its window and quote, and the approval it waits for. The API answers only the customer's own company's changes;
// another's is 404, as one that does not exist.
import * as api from './api.js';
import { showProblem } from './forms.js';
import { el, when } from './format.js';
import { announce, show } from './app.js';
import { t } from './i18n.js';

const STATUS = {
  PLANNING: 'Being planned', UNDER_REVIEW: 'In expert review', QUOTING: 'Being quoted',
  AWAITING_APPROVAL: 'Waiting for your approval', SCHEDULED: 'Scheduled', IN_IMPLEMENTATION: 'Being carried out',
  REPORTING: 'Report in preparation', COMPLETED: 'Completed', ROLLED_BACK: 'Rolled back', WITHDRAWN: 'Withdrawn',
};

function changeStatus(value) {
  return t(STATUS[value] || value);
}

export async function showChanges() {
  const changes = await api.get('/api/changes');
  const view = document.getElementById('view-changes');
  view.replaceChildren(
    el('h1', { id: 'changes-title', text: t('Changes to your systems') }),
    el('p', { text: t('Upgrades and other changes to your systems: our expert group reviews every plan before we '
      + 'ask for your approval.') }),
    changes.length
      ? el('div', { class: 'table-wrap' }, el('table', { id: 'changes-table' },
        el('caption', { class: 'visually-hidden', text: t('Changes, newest first') }),
        el('thead', {}, el('tr', {}, ...['Change', 'Title', 'Status', 'Window', 'Raised']
          .map(text => el('th', { scope: 'col', text: t(text) })))),
        el('tbody', {}, ...changes.map(c => el('tr', {},
          el('th', { scope: 'row' }, el('a', { href: `#/changes/${encodeURIComponent(c.id)}`, text: c.id })),
          el('td', { 'data-label': t('Title'), text: c.title }),
          el('td', { 'data-label': t('Status'), text: changeStatus(c.status) }),
          el('td', { 'data-label': t('Window'), text: when(c.windowStart) }),
          el('td', { 'data-label': t('Raised'), text: when(c.raisedAt) }))))))
      : el('p', { id: 'changes-empty', text: t('There is no change request for your systems.') }));
  show('changes', t('Changes'));
}

export async function showChange(id) {
  const c = await api.get(`/api/changes/${encodeURIComponent(id)}`);
  const plan = c.plan || {};
  const facts = [
    [t('Status'), changeStatus(c.status)],
    [t('Case'), c.caseNumber],
    [t('What will be changed'), plan.what],
    [t('Why'), plan.why],
    [t('Risk'), plan.risk],
    [t('Rollback'), plan.rollback],
    [t('Window'), plan.windowStart ? `${when(plan.windowStart)} – ${when(plan.windowEnd)}` : null],
    [t('Quote'), c.quote ? `${c.quote.reference}: ${c.quote.price}` : null],
    [t('Implementation report'), c.report],
  ].filter(([, value]) => value);
  const view = document.getElementById('view-change');
  const parts = [
    el('p', { class: 'back' }, el('a', { href: '#/changes', text: t('← All changes') })),
    el('h1', { id: 'change-title' }, el('span', { class: 'case-number', text: c.id }), ' ', c.title),
    el('dl', { class: 'facts', id: 'change-facts' }, ...facts.flatMap(([term, value]) =>
      [el('dt', { text: term }), el('dd', { text: String(value) })])),
  ];
  if (c.status === 'AWAITING_APPROVAL') {
    parts.push(approvalForm(c));
  }
  view.replaceChildren(...parts);
  show('change', t('Change {0}', c.id));
}

function approvalForm(c) {
  const form = el('form', { id: 'approval-form', novalidate: true },
    el('p', { class: 'form-error', role: 'alert', hidden: true }),
    el('div', { class: 'field' },
      el('label', { for: 'approval-comment', text: t('Comment (required if you refuse)') }),
      el('textarea', { id: 'approval-comment', name: 'comment', rows: 3, maxlength: 4000 })),
    el('div', { class: 'buttons' },
      el('button', { type: 'submit', class: 'primary', name: 'approve', value: 'true', text: t('Approve the change') }),
      el('button', { type: 'submit', name: 'approve', value: 'false', text: t('Refuse: plan it again') })));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const approve = e.submitter && e.submitter.value === 'true';
    const comment = form.comment.value.trim();
    if (!approve && !comment) {
      showProblem(form, { fieldErrors: [{ field: 'comment', message: t('Tell us why you refuse') }] });
      return;
    }
    try {
      await api.post(`/api/changes/${encodeURIComponent(c.id)}/approval`, { approve, comment: comment || null });
      await showChange(c.id);
      announce(approve ? t('You approved the change; we carry it out in its window.')
        : t('You refused the change; we plan it again.'));
    } catch (error) {
      showProblem(form, error);
    }
  });
  return el('section', { class: 'todo', 'aria-labelledby': 'approval-title' },
    el('h2', { id: 'approval-title', text: t('Your approval') }),
    el('p', { text: t('Our expert group approved this plan. Do you approve it, its window and its quote?') }),
    form);
}
