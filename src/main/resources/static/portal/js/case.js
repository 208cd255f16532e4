// A case's page: what the customer may see of it, and what they may do with it.
import * as api from './api.js';
import { checkFields, chosenFiles, clearErrors, showErrors, showProblem, values } from './forms.js';
import { el, event, priority, size, status, when, words } from './format.js';
import { announce, show } from './app.js';

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
    el('p', { class: 'back' }, el('a', { href: '#/cases', text: '← Your cases' })),
    el('h1', { id: 'case-title' }, el('span', { class: 'case-number', text: c.caseNumber }), ' ', c.subject),
    facts(c),
    ...todo(c),
    actionPlan(c),
    timeline(c),
    attachments(c, files),
    related(c),
    reply(c),
    more(c)].filter(Boolean));
  show('case', `Case ${c.caseNumber}`, { focus: focus && !task });
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
    why = c.survey ? 'You have already answered the survey of this case. Thank you.'
      : 'The survey opens once the case is closed.';
  } else if (task === 'closure') {
    why = c.status === 'CLOSED' ? 'This case is already closed; nothing is left to decide.'
      : 'There is no proposed solution to decide on at the moment.';
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
    ['Status', el('span', { class: `status status-${c.status}`, text: status(c.status) })],
    ['Priority', priority(c.priority)],
    ['Opened', when(c.openedAt)],
    ['Product', c.product],
    ['Category', words(c.category)],
    ['Contract', c.contractId],
    ['Engineer', c.assignee || 'not assigned yet'],
  ];
  if (c.status !== 'CLOSED' && c.sla) {
    if (c.sla.paused) {
      pairs.push(['Due times', 'on hold while we wait for you']);
    } else if (!c.sla.firstRespondedAt && c.sla.firstResponseDue) {
      pairs.push(['First response due', when(c.sla.firstResponseDue)]);
    }
    if (c.sla.resolutionDue) {
      pairs.push(['Solution due', when(c.sla.resolutionDue)]);
    }
  }
  if (c.closedAt) {
    pairs.push(['Closed', when(c.closedAt)]);
  }
  if (c.vendorCaseNumber) {
    pairs.push(['Vendor case', c.vendorCaseNumber]);
  }
  if (c.relatedCaseNumber) {
    pairs.push(['Related case', el('a', { href: `#/cases/${encodeURIComponent(c.relatedCaseNumber)}`,
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
        el('label', { for: 'answer-text', text: 'Your answer' }),
        el('textarea', { id: 'answer-text', name: 'text', rows: 5, maxlength: 4000, required: true })),
      fileField('answer'),
      el('button', { type: 'submit', class: 'primary', text: 'Send the answer' }));
    sendMessage(form, c, true, 'Your answer has been sent.');
    boxes.push(el('section', { class: 'todo', 'aria-labelledby': 'question-title' },
      el('h2', { id: 'question-title', text: 'Your engineer asks' }),
      el('blockquote', { class: 'said', text: question ? question.detail : 'Please answer the question we sent.' }),
      form));
  }
  if (c.status === 'RESOLVED') {
    const form = el('form', { id: 'closure-form', novalidate: true },
      el('p', { class: 'form-error', role: 'alert', hidden: true }),
      el('div', { class: 'field' },
        el('label', { for: 'closure-comment', text: 'Comment (required if the problem is not solved)' }),
        el('textarea', { id: 'closure-comment', name: 'comment', rows: 3, maxlength: 4000 })),
      el('div', { class: 'buttons' },
        el('button', { type: 'submit', class: 'primary', name: 'accept', value: 'true',
          text: 'Accept the solution and close the case' }),
        el('button', { type: 'submit', name: 'accept', value: 'false', text: 'Not solved: keep working' })));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const accept = e.submitter && e.submitter.value === 'true';
      const comment = form.comment.value.trim();
      if (!accept && !comment) {
        showProblem(form, { fieldErrors: [{ field: 'comment', message: 'Tell us what is still wrong' }] });
        return;
      }
      await submit(form, () => api.post(`/api/cases/${c.caseNumber}/closure`, { accept, comment: comment || null }),
        c, accept ? 'You accepted the solution; the case is closed.' : 'We will keep working on the case.');
    });
    boxes.push(el('section', { class: 'todo', 'aria-labelledby': 'solution-title' },
      el('h2', { id: 'solution-title', text: 'Proposed solution' }),
      el('blockquote', { class: 'said', text: c.solution || (last(c, 'SOLUTION_PROPOSED') || {}).detail || '' }),
      el('p', { text: 'Does this solve your problem? Without an answer the case closes on its own after 5 days.' }),
      form));
  }
  if (c.status === 'CLOSED' && !c.survey) {
    const scores = [['5', '5 – very satisfied'], ['4', '4 – satisfied'], ['3', '3 – neither'],
      ['2', '2 – dissatisfied'], ['1', '1 – very dissatisfied']];
    const form = el('form', { id: 'survey-form', novalidate: true },
      el('p', { class: 'form-error', role: 'alert', hidden: true }),
      el('div', { class: 'field' },
        el('label', { for: 'survey-score', text: 'How satisfied are you with how we handled this case?' }),
        el('select', { id: 'survey-score', name: 'score', required: true },
          el('option', { value: '', text: 'Choose a score' }),
          ...scores.map(([value, text]) => el('option', { value, text })))),
      el('div', { class: 'field' },
        el('label', { for: 'survey-comment', text: 'Comment (optional)' }),
        el('textarea', { id: 'survey-comment', name: 'comment', rows: 3, maxlength: 4000 })),
      el('button', { type: 'submit', class: 'primary', text: 'Send the survey' }));
    send(form, c, body => api.post(`/api/cases/${c.caseNumber}/survey`,
      { score: Number(body.score), comment: body.comment || null }), 'Thank you for your answer.');
    boxes.push(el('section', { class: 'todo', 'aria-labelledby': 'survey-title' },
      el('h2', { id: 'survey-title', text: 'Survey' }), form));
  } else if (c.survey) {
    boxes.push(el('p', { class: 'note', text: `Your survey answer: ${c.survey.score} of 5. Thank you.` }));
  }
  return boxes;
}

function actionPlan(c) {
  if (!c.actionPlan || !c.actionPlan.length) {
    return null;
  }
  return el('section', { 'aria-labelledby': 'plan-title' },
    el('h2', { id: 'plan-title', text: 'Action plan' }),
    el('ul', {}, ...c.actionPlan.map(item => el('li', {}, el('strong', { text: `${item.owner}: ` }), item.action))));
}

function timeline(c) {
  const events = [...(c.timeline || [])].reverse();
  return el('section', { 'aria-labelledby': 'timeline-title' },
    el('h2', { id: 'timeline-title', text: 'History' }),
    el('ol', { class: 'timeline', reversed: true }, ...events.map(e => el('li', {},
      el('p', { class: 'meta' }, el('time', { datetime: e.at, text: when(e.at) }), ' · ', el('strong', {
        text: event(e.kind) }), e.actor && e.actor !== 'system' ? ` · ${e.actor}` : ''),
      e.detail ? el('p', { class: 'detail', text: readableTimes(e.detail) }) : null))));
}

function attachments(c, files) {
  return el('section', { 'aria-labelledby': 'files-title' },
    el('h2', { id: 'files-title', text: 'Files' }),
    files.length
      ? el('ul', { class: 'files' }, ...files.map(f => el('li', {},
        el('a', { href: `/api/cases/${encodeURIComponent(c.caseNumber)}/attachments/${f.id}`, download: f.fileName,
          text: f.fileName }), ` (${size(f.size)}, ${when(f.createdAt)})`)))
      : el('p', { text: 'No files yet. Add files below, or send them by e-mail to the support address with the case '
        + 'number in the subject.' }));
}

/** RMAs, complaints and red flags of the case. */
function related(c) {
  const items = [];
  for (const rma of c.rmas || []) {
    items.push(el('li', { text: `Spare-part replacement ${rma.id}: ${words(rma.status)}` }));
  }
  for (const complaint of c.complaints || []) {
    items.push(el('li', { text: `Complaint ${complaint.complaintId} (${when(complaint.openedAt)}): `
      + `${words(complaint.status)}` }));
  }
  if (c.redFlag) {
    items.push(el('li', { text: `Emergency ${c.redFlag.number} declared ${when(c.redFlag.declaredAt)}: `
      + `${words(c.redFlag.status)}` }));
  }
  if (!items.length) {
    return null;
  }
  return el('section', { 'aria-labelledby': 'related-title' },
    el('h2', { id: 'related-title', text: 'Replacements, complaints and emergencies' }), el('ul', {}, ...items));
}

function reply(c) {
  if (c.status === 'WAITING_CUSTOMER') {
    return null; // the answer form above is the reply
  }
  const closed = c.status === 'CLOSED';
  const form = el('form', { id: 'reply-form', novalidate: true },
    el('p', { class: 'form-error', role: 'alert', hidden: true }),
    el('div', { class: 'field' },
      el('label', { for: 'reply-text', text: 'Your message' }),
      el('textarea', { id: 'reply-text', name: 'text', rows: 4, maxlength: 4000,
        'aria-describedby': closed ? 'reply-hint' : null }),
      closed ? el('p', { id: 'reply-hint', class: 'hint', text: 'Writing within 14 days of closure reopens the '
        + 'case; later, it opens a follow-up case.' }) : null),
    fileField('reply'),
    el('button', { type: 'submit', text: 'Send' }));
  sendMessage(form, c, false, 'Sent.');
  return el('section', { 'aria-labelledby': 'reply-title' },
    el('h2', { id: 'reply-title', text: 'Write to the desk or add files' }), form);
}

/** Asking for the duty manager and filing a complaint, folded away until wanted. */
function more(c) {
  const manager = el('form', { id: 'manager-form', novalidate: true },
    el('p', { class: 'form-error', role: 'alert', hidden: true }),
    el('div', { class: 'field' },
      el('label', { for: 'manager-reason', text: 'Why do you need the duty manager?' }),
      el('textarea', { id: 'manager-reason', name: 'reason', rows: 3, maxlength: 2000, required: true })),
    el('button', { type: 'submit', text: 'Ask for the duty manager' }));
  send(manager, c, body => api.post(`/api/cases/${c.caseNumber}/escalation`, body),
    'The duty manager has been asked to call you back within 30 minutes.');
  const complaint = el('form', { id: 'complaint-form', novalidate: true },
    el('p', { class: 'form-error', role: 'alert', hidden: true }),
    el('div', { class: 'field' },
      el('label', { for: 'complaint-description', text: 'What is your complaint about?' }),
      el('textarea', { id: 'complaint-description', name: 'description', rows: 4, maxlength: 10000,
        required: true })),
    el('button', { type: 'submit', text: 'File the complaint' }));
  send(complaint, c, body => api.post(`/api/cases/${c.caseNumber}/complaints`, { ...body, channel: 'web' }),
    'Your complaint has been received.');
  return el('section', { 'aria-labelledby': 'more-title' },
    el('h2', { id: 'more-title', text: 'Not happy with how it goes?' }),
    el('details', {}, el('summary', { text: 'Ask for the duty manager' }), manager),
    el('details', {}, el('summary', { text: 'File a complaint about this case' }), complaint));
}

function fileField(prefix) {
  return el('div', { class: 'field' },
    el('label', { for: `${prefix}-files`, text: 'Files (optional)' }),
    el('input', { id: `${prefix}-files`, name: 'files', type: 'file', multiple: true,
      'aria-describedby': `${prefix}-files-hint` }),
    el('p', { id: `${prefix}-files-hint`, class: 'hint', text: 'Up to 10 files of at most '
      + `${size(limits.maxFileSize)} each.` }));
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
      showErrors(form, [{ field: 'text', message: textRequired ? 'Please write your answer'
        : 'Write a message or choose a file' }]);
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
