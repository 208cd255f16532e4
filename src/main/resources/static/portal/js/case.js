// A case's page: what the customer may see of it, and what they may do with it.
import * as api from './api.js';
import { checkFields, chosenFiles, clearErrors, showErrors, showProblem, values } from './forms.js';
import { el, event, priority, size, status, when, words } from './format.js';
import { announce, show } from './app.js';
import { t } from './i18n.js';

/** The size limit of a file, from the server once. */
const limits = { maxFileSize: 0 };

export async function showCase(caseNumber, { focus = true, task = null } = {}) {
  const path = `/api/cases/${encodeURIComponent(caseNumber)}`;
  if (!limits.maxFileSize) {
    limits.maxFileSize = (await api.get('/portal/api/choices')).maxFileSize;
  }
  const [c, files] = await Promise.all([api.get(path), api.get(`${path}/attachments`).catch(() => [])]);
  const view = document.getElementById('view-case');
  view.replaceChildren(...[
    el('p', { class: 'back' }, el('a', { href: '#/cases', text: t('← Your cases') })),
    el('h1', { id: 'case-title' }, el('span', { class: 'case-number', text: c.caseNumber }), ' ', c.subject),
    facts(c),
    ...todo(c),
    actionPlan(c),
    timeline(c),
    attachments(c, files),
    related(c),
    reply(c),
    more(c)].filter(Boolean));
  show('case', t('Case {0}', c.caseNumber), { focus: focus && !task });
  if (task) {
    openTask(c, task);
  }
}

/**
 * A link from an e-mail names what it asks for (the survey, the decision on a solution): the page moves to that form
 * and its heading takes the focus; when there is nothing left to do, the page says why.
 */
function openTask(c, task) {
  const heading = { survey: 'survey-title', closure: 'solution-title' }[task];
  const target = heading && document.getElementById(heading);
  if (target) {
    target.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    return;
  }
  let why = null;
  if (task === 'survey') {
    why = c.survey ? t('You have already answered the survey of this case. Thank you.')
      : t('The survey opens once the case is closed.');
  } else if (task === 'closure') {
    why = c.status === 'CLOSED' ? t('This case is already closed; nothing is left to decide.')
      : t('There is no proposed solution to decide on at the moment.');
  }
  const title = document.getElementById('case-title');
  title.tabIndex = -1;
  title.focus();
  if (why) {
    flash(why);
    announce(why);
  }
}

function facts(c) {
  const pairs = [
    [t('Status'), el('span', { class: `status status-${c.status}`, text: status(c.status) })],
    [t('Priority'), priority(c.priority)],
    [t('Opened'), when(c.openedAt)],
    [t('Product'), c.product],
    [t('Category'), words(c.category)],
    [t('Contract'), c.contractId],
    [t('Engineer'), c.assignee || t('not assigned yet')],
  ];
  if (c.status !== 'CLOSED' && c.sla) {
    if (c.sla.paused) {
      pairs.push([t('Due times'), t('on hold while we wait for you')]);
    } else if (!c.sla.firstRespondedAt && c.sla.firstResponseDue) {
      pairs.push([t('First response due'), when(c.sla.firstResponseDue)]);
    }
    if (c.sla.resolutionDue) {
      pairs.push([t('Solution due'), when(c.sla.resolutionDue)]);
    }
  }
  if (c.closedAt) {
    pairs.push([t('Closed'), when(c.closedAt)]);
  }
  if (c.vendorCaseNumber) {
    pairs.push([t('Vendor case'), c.vendorCaseNumber]);
  }
  if (c.relatedCaseNumber) {
    pairs.push([t('Related case'), el('a', { href: `#/cases/${encodeURIComponent(c.relatedCaseNumber)}`,
      text: c.relatedCaseNumber })]);
  }
  return el('dl', { class: 'facts' }, ...pairs.flatMap(([term, value]) => [el('dt', { text: term }),
    el('dd', {}, value || '–')]));
}

/** What the case waits for from the customer: an answer, a decision on the solution, the survey. */
function todo(c) {
  const boxes = [];
  if (c.status === 'WAITING_CUSTOMER') {
    const question = last(c, 'INFORMATION_REQUESTED');
    const form = el('form', { id: 'answer-form', novalidate: true },
      el('p', { class: 'form-error', role: 'alert', hidden: true }),
      el('div', { class: 'field' },
        el('label', { for: 'answer-text', text: t('Your answer') }),
        el('textarea', { id: 'answer-text', name: 'text', rows: 5, maxlength: 4000, required: true })),
      fileField('answer'),
      el('button', { type: 'submit', class: 'primary', text: t('Send the answer') }));
    sendMessage(form, c, true, t('Your answer has been sent.'));
    boxes.push(el('section', { class: 'todo', 'aria-labelledby': 'question-title' },
      el('h2', { id: 'question-title', text: t('Your engineer asks') }),
      el('blockquote', { class: 'said', text: question ? question.detail : t('Please answer the question we sent.') }),
      form));
  }
  if (c.status === 'RESOLVED') {
    const form = el('form', { id: 'closure-form', novalidate: true },
      el('p', { class: 'form-error', role: 'alert', hidden: true }),
      el('div', { class: 'field' },
        el('label', { for: 'closure-comment', text: t('Comment (required if the problem is not solved)') }),
        el('textarea', { id: 'closure-comment', name: 'comment', rows: 3, maxlength: 4000 })),
      el('div', { class: 'buttons' },
        el('button', { type: 'submit', class: 'primary', name: 'accept', value: 'true',
          text: t('Accept the solution and close the case') }),
        el('button', { type: 'submit', name: 'accept', value: 'false', text: t('Not solved: keep working') })));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const accept = e.submitter && e.submitter.value === 'true';
      const comment = form.comment.value.trim();
      if (!accept && !comment) {
        showProblem(form, { fieldErrors: [{ field: 'comment', message: t('Tell us what is still wrong') }] });
        return;
      }
      await submit(form, () => api.post(`/api/cases/${c.caseNumber}/closure`, { accept, comment: comment || null }),
        c, accept ? t('You accepted the solution; the case is closed.') : t('We will keep working on the case.'));
    });
    boxes.push(el('section', { class: 'todo', 'aria-labelledby': 'solution-title' },
      el('h2', { id: 'solution-title', text: t('Proposed solution') }),
      el('blockquote', { class: 'said', text: c.solution || (last(c, 'SOLUTION_PROPOSED') || {}).detail || '' }),
      el('p', { text: t('Does this solve your problem? Without an answer the case closes on its own after 5 days.') }),
      form));
  }
  if (c.status === 'CLOSED' && !c.survey) {
    const scores = [['5', t('5 – very satisfied')], ['4', t('4 – satisfied')], ['3', t('3 – neither')],
      ['2', t('2 – dissatisfied')], ['1', t('1 – very dissatisfied')]];
    const form = el('form', { id: 'survey-form', novalidate: true },
      el('p', { class: 'form-error', role: 'alert', hidden: true }),
      el('div', { class: 'field' },
        el('label', { for: 'survey-score', text: t('How satisfied are you with how we handled this case?') }),
        el('select', { id: 'survey-score', name: 'score', required: true },
          el('option', { value: '', text: t('Choose a score') }),
          ...scores.map(([value, text]) => el('option', { value, text })))),
      el('div', { class: 'field' },
        el('label', { for: 'survey-comment', text: t('Comment (optional)') }),
        el('textarea', { id: 'survey-comment', name: 'comment', rows: 3, maxlength: 4000 })),
      el('button', { type: 'submit', class: 'primary', text: t('Send the survey') }));
    send(form, c, body => api.post(`/api/cases/${c.caseNumber}/survey`,
      { score: Number(body.score), comment: body.comment || null }), t('Thank you for your answer.'));
    boxes.push(el('section', { class: 'todo', 'aria-labelledby': 'survey-title' },
      el('h2', { id: 'survey-title', text: t('Survey') }), form));
  } else if (c.survey) {
    boxes.push(el('p', { class: 'note', text: t('Your survey answer: {0} of 5. Thank you.', c.survey.score) }));
  }
  return boxes;
}

function actionPlan(c) {
  if (!c.actionPlan || !c.actionPlan.length) {
    return null;
  }
  return el('section', { 'aria-labelledby': 'plan-title' },
    el('h2', { id: 'plan-title', text: t('Action plan') }),
    el('ul', {}, ...c.actionPlan.map(item => el('li', {}, el('strong', { text: `${item.owner}: ` }), item.action))));
}

function timeline(c) {
  const events = [...(c.timeline || [])].reverse();
  return el('section', { 'aria-labelledby': 'timeline-title' },
    el('h2', { id: 'timeline-title', text: t('History') }),
    el('ol', { class: 'timeline', reversed: true }, ...events.map(e => el('li', {},
      el('p', { class: 'meta' }, el('time', { datetime: e.at, text: when(e.at) }), ' · ', el('strong', {
        text: event(e.kind) }), e.actor && e.actor !== 'system' ? ` · ${e.actor}` : ''),
      e.detail ? el('p', { class: 'detail', text: readableTimes(e.detail) }) : null))));
}

function attachments(c, files) {
  return el('section', { 'aria-labelledby': 'files-title' },
    el('h2', { id: 'files-title', text: t('Files') }),
    files.length
      ? el('ul', { class: 'files' }, ...files.map(f => el('li', {},
        el('a', { href: `/api/cases/${encodeURIComponent(c.caseNumber)}/attachments/${f.id}`, download: f.fileName,
          text: f.fileName }), ` (${size(f.size)}, ${when(f.createdAt)})`)))
      : el('p', { text: t('No files yet. Add files below, or send them by e-mail to the support address with the case '
        + 'number in the subject.') }));
}

/** RMAs, complaints and red flags of the case. */
function related(c) {
  const items = [];
  for (const rma of c.rmas || []) {
    items.push(el('li', { text: t('Spare-part replacement {0}: {1}', rma.id, words(rma.status)) }));
  }
  for (const complaint of c.complaints || []) {
    items.push(el('li', { text: t('Complaint {0} ({1}): {2}', complaint.complaintId, when(complaint.openedAt),
      words(complaint.status)) }));
  }
  if (c.redFlag) {
    items.push(el('li', { text: t('Emergency {0} declared {1}: {2}', c.redFlag.number, when(c.redFlag.declaredAt),
      words(c.redFlag.status)) }));
  }
  if (!items.length) {
    return null;
  }
  return el('section', { 'aria-labelledby': 'related-title' },
    el('h2', { id: 'related-title', text: t('Replacements, complaints and emergencies') }), el('ul', {}, ...items));
}

function reply(c) {
  if (c.status === 'WAITING_CUSTOMER') {
    return null; // the answer form above is the reply
  }
  const closed = c.status === 'CLOSED';
  const form = el('form', { id: 'reply-form', novalidate: true },
    el('p', { class: 'form-error', role: 'alert', hidden: true }),
    el('div', { class: 'field' },
      el('label', { for: 'reply-text', text: t('Your message') }),
      el('textarea', { id: 'reply-text', name: 'text', rows: 4, maxlength: 4000,
        'aria-describedby': closed ? 'reply-hint' : null }),
      closed ? el('p', { id: 'reply-hint', class: 'hint', text: t('Writing within 14 days of closure reopens the '
        + 'case; later, it opens a follow-up case.') }) : null),
    fileField('reply'),
    el('button', { type: 'submit', text: t('Send') }));
  sendMessage(form, c, false, t('Sent.'));
  return el('section', { 'aria-labelledby': 'reply-title' },
    el('h2', { id: 'reply-title', text: t('Write to the desk or add files') }), form);
}

/** Asking for the duty manager and filing a complaint, folded away until wanted. */
function more(c) {
  const manager = el('form', { id: 'manager-form', novalidate: true },
    el('p', { class: 'form-error', role: 'alert', hidden: true }),
    el('div', { class: 'field' },
      el('label', { for: 'manager-reason', text: t('Why do you need the duty manager?') }),
      el('textarea', { id: 'manager-reason', name: 'reason', rows: 3, maxlength: 2000, required: true })),
    el('button', { type: 'submit', text: t('Ask for the duty manager') }));
  send(manager, c, body => api.post(`/api/cases/${c.caseNumber}/escalation`, body),
    t('The duty manager has been asked to call you back within 30 minutes.'));
  const complaint = el('form', { id: 'complaint-form', novalidate: true },
    el('p', { class: 'form-error', role: 'alert', hidden: true }),
    el('div', { class: 'field' },
      el('label', { for: 'complaint-description', text: t('What is your complaint about?') }),
      el('textarea', { id: 'complaint-description', name: 'description', rows: 4, maxlength: 10000,
        required: true })),
    el('button', { type: 'submit', text: t('File the complaint') }));
  send(complaint, c, body => api.post(`/api/cases/${c.caseNumber}/complaints`, { ...body, channel: 'web' }),
    t('Your complaint has been received.'));
  return el('section', { 'aria-labelledby': 'more-title' },
    el('h2', { id: 'more-title', text: t('Not happy with how it goes?') }),
    el('details', {}, el('summary', { text: t('Ask for the duty manager') }), manager),
    el('details', {}, el('summary', { text: t('File a complaint about this case') }), complaint));
}

function fileField(prefix) {
  return el('div', { class: 'field' },
    el('label', { for: `${prefix}-files`, text: t('Files (optional)') }),
    el('input', { id: `${prefix}-files`, name: 'files', type: 'file', multiple: true,
      'aria-describedby': `${prefix}-files-hint` }),
    el('p', { id: `${prefix}-files-hint`, class: 'hint',
      text: t('Up to 10 files of at most {0} each.', size(limits.maxFileSize)) }));
}

/** A message and its files: the text to the case (it may land in a follow-up case), then the files to that case. */
function sendMessage(form, c, textRequired, done) {
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const text = form.text.value.trim();
    const files = chosenFiles(form, limits.maxFileSize);
    if (!files) {
      return;
    }
    if (!text && (textRequired || !files.length)) {
      showErrors(form, [{ field: 'text', message: textRequired ? t('Please write your answer')
        : t('Write a message or choose a file') }]);
      return;
    }
    await submit(form, async () => {
      const answer = text ? await api.post(`/api/cases/${c.caseNumber}/messages`, { text }) : null;
      if (files.length) {
        await api.upload(answer && answer.caseNumber ? answer.caseNumber : c.caseNumber, files);
      }
      return answer;
    }, c, done);
  });
}

function send(form, c, call, done) {
  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (!checkFields(form)) {
      return;
    }
    await submit(form, () => call(values(form)), c, done);
  });
}

async function submit(form, call, c, done) {
  const buttons = form.querySelectorAll('button');
  buttons.forEach(b => { b.disabled = true; });
  try {
    const answer = await call();
    clearErrors(form);
    // a message may land in a follow-up case: show the case it landed in
    const landed = answer && answer.caseNumber && answer.caseNumber !== c.caseNumber ? answer.caseNumber : null;
    if (landed) {
      location.hash = `#/cases/${encodeURIComponent(landed)}`;
    } else {
      await showCase(c.caseNumber, { focus: false });
      const heading = document.getElementById('case-title');
      heading.tabIndex = -1;
      heading.focus();
    }
    announce(done);
    flash(done);
  } catch (e) {
    showProblem(form, e);
  } finally {
    buttons.forEach(b => { b.disabled = false; });
  }
}

function flash(text) {
  const view = document.getElementById('view-case');
  view.querySelector('.flash')?.remove();
  view.querySelector('h1').after(el('p', { class: 'flash', role: 'status', text }));
}

/** Times the server writes into a line ("due 2026-03-02T13:00:00Z") in the reader's own words and time zone. */
function readableTimes(text) {
  return text.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z\b/g, iso => when(iso));
}

function last(c, kind) {
  return [...(c.timeline || [])].reverse().find(e => e.kind === kind);
}
