// Opening a case: the company's contracts, the decision tables' words, the contact; then what happens next.
import * as api from './api.js';
import { checkFields, chosenFiles, clearErrors, showProblem, values } from './forms.js';
import { el, priority, size, when, words } from './format.js';
import { announce, currentUser, show } from './app.js';
import { t } from './i18n.js';

let contracts = [];
let maxFileSize = 0;
let justOpened = null;

/** How impact and urgency read on the form; the value sent is the decision table's own word. */
const LEVEL_HELP = {
  impact: { high: 'High – a service is down or many users are affected', medium: 'Medium – a service is impaired',
    low: 'Low – little or no effect on the service' },
  urgency: { high: 'High – it must be fixed now', medium: 'Medium – it must be fixed soon',
    low: 'Low – it can wait' },
};

export async function showNewCase() {
  const form = document.getElementById('new-case-form');
  const [mine, choices] = await Promise.all([api.get('/api/contracts'), api.get('/portal/api/choices')]);
  contracts = mine;
  maxFileSize = choices.maxFileSize;
  document.querySelectorAll('.max-file-size').forEach(span => {
    span.textContent = size(maxFileSize);
  });
  const keep = values(form);
  options(form.contractId, contracts.map(c => [c.id, t('{0} ({1}, valid until {2})', c.id, c.serviceLevel, c.validTo)]),
    t('Choose a contract'));
  options(form.category, choices.categories.map(v => [v, words(v)]), t('Choose a category'));
  options(form.impact, choices.impacts.map(v => [v, LEVEL_HELP.impact[v] ? t(LEVEL_HELP.impact[v]) : words(v)]),
    t('Choose the impact'));
  options(form.urgency, choices.urgencies.map(v => [v, LEVEL_HELP.urgency[v] ? t(LEVEL_HELP.urgency[v]) : words(v)]),
    t('Choose the urgency'));
  for (const [name, value] of Object.entries(keep)) {
    if (form.elements.namedItem(name) && form.elements.namedItem(name).tagName === 'SELECT') {
      form.elements.namedItem(name).value = value;
    }
  }
  if (contracts.length === 1) {
    form.contractId.value = contracts[0].id;
  }
  const general = form.querySelector('.form-error');
  if (!contracts.length) {
    general.textContent = t('Your account has no service contract with us, so no case can be opened here. '
      + 'Please call our hotline or ask your account manager.');
    general.hidden = false;
  }
  systems(form);
  const me = currentUser();
  if (!form.callerName.value) {
    form.callerName.value = [me.firstName, me.lastName].filter(Boolean).join(' ');
  }
  if (!form.callerEmail.value && me.email) {
    form.callerEmail.value = me.email;
  }
  show('new', t('Open a case'));
}

function options(select, pairs, prompt) {
  select.replaceChildren(el('option', { value: '', text: prompt }),
    ...pairs.map(([value, label]) => el('option', { value, text: label })));
}

/** The products the chosen contract registers, offered as suggestions (none: every product is covered). */
function systems(form) {
  const contract = contracts.find(c => c.id === form.contractId.value);
  const list = document.getElementById('new-products');
  const registered = contract ? contract.systems || [] : [];
  list.replaceChildren(...registered.map(s => el('option', {
    value: s.product, text: [s.product, s.serialNumber, s.site].filter(Boolean).join(' – ') })));
  document.getElementById('new-product-hint').textContent = registered.length
    ? t('Registered on this contract: {0}.', [...new Set(registered.map(s => s.product))].join(', '))
    : t('The product name, e.g. router-x. This contract covers every product of your company.');
}

document.getElementById('new-contract').addEventListener('change', event => systems(event.target.form));

document.getElementById('new-case-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  if (!checkFields(form)) {
    return;
  }
  const files = chosenFiles(form, maxFileSize);
  if (!files) {
    return;
  }
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const opened = await api.post('/api/cases', { ...values(form), channel: 'web' });
    justOpened = { ...opened, filesProblem: null, files: files.length };
    if (files.length) {
      try {
        await api.upload(opened.caseNumber, files);
      } catch (e) {
        const named = e.fieldErrors.map(f => f.message).join('. ');
        justOpened.filesProblem = t('Your case is open, but its files were not kept: {0}. Please add them on the '
          + 'case\'s page.', named || e.message);
      }
    }
    form.reset();
    clearErrors(form);
    location.hash = `#/opened/${encodeURIComponent(opened.caseNumber)}`;
  } catch (e) {
    showProblem(form, e);
  } finally {
    button.disabled = false;
  }
});

export async function showOpened(caseNumber) {
  const c = justOpened && justOpened.caseNumber === caseNumber ? justOpened : await api.get(`/api/cases/${caseNumber}`);
  document.getElementById('opened-number').textContent = c.caseNumber;
  document.getElementById('opened-priority').textContent = priority(c.priority);
  document.getElementById('opened-next').replaceChildren(...nextSteps(c).map(text => el('li', { text })));
  const filesProblem = document.getElementById('opened-files');
  filesProblem.textContent = c.filesProblem || '';
  filesProblem.hidden = !c.filesProblem;
  document.getElementById('opened-link').href = `#/cases/${encodeURIComponent(c.caseNumber)}`;
  show('opened', t('Case {0} is open', c.caseNumber));
  announce(t('Case {0} is open with priority {1}.', c.caseNumber, priority(c.priority)));
}

/** What the desk's rules say happens next, for this case. */
export function nextSteps(c) {
  const steps = [];
  if (c.status === 'NEW') {
    steps.push(t('We have registered your case and are setting its priority and queue. You will receive the '
      + 'acknowledgement with its due times shortly.'));
  } else if (c.status === 'NO_CONTRACT') {
    steps.push(t('We found no valid contract for this product. Our sales team will contact you about it.'));
  } else {
    if (c.priority === 'P1' || c.priority === 'P2') {
      const phone = c.caller && c.caller.phone ? c.caller.phone.replace(/ /g, '\u00a0') : null;
      steps.push(phone
        ? t('Because this is a {0} case, our hotline will phone you at {1} shortly to confirm its priority.',
          c.priority, phone)
        : t('Because this is a {0} case, our hotline will phone you shortly to confirm its priority.', c.priority));
    }
    if (c.sla && c.sla.firstResponseDue) {
      steps.push(t('An engineer of the {0} team will take up your case by {1}.', words(c.queue) || t('support'),
        when(c.sla.firstResponseDue)));
    }
    if (c.sla && c.sla.resolutionDue) {
      steps.push(t('We aim to solve it by {0}.', when(c.sla.resolutionDue)));
    }
  }
  if (c.files && !c.filesProblem) {
    steps.push(c.files === 1 ? t('Your file is kept with the case.')
      : t('Your {0} files are kept with the case.', c.files));
  }
  const email = c.caller && c.caller.email;
  steps.push(email ? t('You can follow the case on its page here and by e-mail at {0}.', email)
    : t('You can follow the case on its page here.'));
  return steps;
}
