// The portal's frame: who is logged in, which view the address (#/...) shows, login, logout, account.
import * as api from './api.js';
import { checkFields, clearErrors, showProblem, values } from './forms.js';
import { el } from './format.js';
import { showCases } from './cases.js';
import { showNewCase, showOpened } from './new-case.js';
import { showCase } from './case.js';
import { showReport, showReports } from './reports.js';
import { showArticle, showArticles } from './articles.js';
import { showInspection, showInspections } from './inspections.js';
import { showChange, showChanges } from './changes.js';
import { setLanguage, suggestLanguage, t, translatePage } from './i18n.js';

const state = { me: null };

const VIEWS = ['login', 'cases', 'new', 'opened', 'case', 'reports', 'report', 'articles', 'article', 'inspections',
  'inspection', 'changes', 'change', 'account', 'notfound'];
/** A view shown from a list marks that list's entry in the navigation. */
const NAV_OF = { case: 'cases', report: 'reports', article: 'articles', inspection: 'inspections', change: 'changes' };

/** Shows one view, names the page after it and moves the focus to its heading (for screen readers). */
export function show(view, title, { focus = true } = {}) {
  for (const name of VIEWS) {
    document.getElementById(`view-${name}`).hidden = name !== view;
  }
  document.title = t('{0} – Casedesk support portal', title);
  document.querySelectorAll('[data-nav]').forEach(a => {
    a.toggleAttribute('aria-current', a.dataset.nav === view || a.dataset.nav === NAV_OF[view]);
    if (a.hasAttribute('aria-current')) {
      a.setAttribute('aria-current', 'page');
    }
  });
  if (focus) {
    const heading = document.querySelector(`#view-${view} h1`);
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }
}

export function announce(text) {
  const live = document.getElementById('announce');
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}

export function notFound(text, { reports = false } = {}) {
  document.getElementById('notfound-text').textContent = text || (reports
    ? t('There is no such report among your company\'s reports.')
    : t('There is no such case among your company\'s cases.'));
  const back = document.getElementById('notfound-back');
  back.href = reports ? '#/reports' : '#/cases';
  back.textContent = reports ? t('Back to your reports') : t('Back to your cases');
  show('notfound', t('Not found'));
}

export function currentUser() {
  return state.me;
}

async function route() {
  if (!state.me) {
    showLogin();
    return;
  }
  const hash = location.hash.replace(/^#/, '') || '/cases';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean);
  try {
    if (parts[0] === 'cases' && parts[1]) {
      // #/cases/{n}/survey and #/cases/{n}/closure: the links of the e-mails, to the form they ask for
      await showCase(decodeURIComponent(parts[1]), { task: parts[2] });
    } else if (parts[0] === 'new') {
      await showNewCase();
    } else if (parts[0] === 'opened' && parts[1]) {
      await showOpened(decodeURIComponent(parts[1]));
    } else if (parts[0] === 'reports' && parts[1]) {
      await showReport(decodeURIComponent(parts[1]));
    } else if (parts[0] === 'reports') {
      await showReports();
    } else if (parts[0] === 'articles' && parts[1]) {
      await showArticle(decodeURIComponent(parts[1]));
    } else if (parts[0] === 'articles') {
      await showArticles(params);
    } else if (parts[0] === 'inspections' && parts[1]) {
      await showInspection(decodeURIComponent(parts[1]));
    } else if (parts[0] === 'inspections') {
      await showInspections();
    } else if (parts[0] === 'changes' && parts[1]) {
      await showChange(decodeURIComponent(parts[1]));
    } else if (parts[0] === 'changes') {
      await showChanges();
    } else if (parts[0] === 'account') {
      showAccount();
    } else {
      await showCases(params);
    }
  } catch (e) {
    if (e.status === 404) {
      notFound(null, { reports: parts[0] === 'reports' });
    } else if (e.status !== 401) {
      notFound(e.message, { reports: parts[0] === 'reports' });
    }
  }
}

/** What the address asks for, in words, for the login page: "case CS-2026-000042's survey". */
function requested() {
  const parts = location.hash.replace(/^#/, '').split('?')[0].split('/').filter(Boolean);
  if (parts[0] === 'cases' && parts[1]) {
    const n = decodeURIComponent(parts[1]);
    return { survey: t('the survey of case {0}', n), closure: t('the proposed solution of case {0}', n) }[parts[2]]
      || t('case {0}', n);
  }
  if (parts[0] === 'reports' && parts[1]) {
    return t('the monthly report');
  }
  if (parts[0] === 'inspections' && parts[1]) {
    return t('the inspection report');
  }
  if (parts[0] === 'changes' && parts[1]) {
    return t('change {0}', decodeURIComponent(parts[1]));
  }
  return null;
}

function showLogin() {
  document.getElementById('nav').hidden = true;
  const target = requested();
  const next = document.getElementById('login-next');
  next.hidden = !target;
  next.textContent = target ? t('After you log in, {0} opens.', target) : '';
  show('login', t('Log in'));
  document.getElementById('login-username').focus();
}

async function signedIn(who) {
  state.me = who;
  suggestLanguage(who.language); // the e-mails' language, unless this browser keeps a choice
  const name = [who.firstName, who.lastName].filter(Boolean).join(' ') || who.userId;
  document.getElementById('who').textContent = who.company ? `${name}, ${who.company}` : name;
  document.getElementById('nav').hidden = false;
}

document.getElementById('login-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  if (!checkFields(form)) {
    return;
  }
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    await api.logIn(form.username.value.trim(), form.password.value);
    const who = await api.me();
    form.reset();
    clearErrors(form);
    await signedIn(who);
    announce(t('Logged in as {0}.', who.userId));
    if (!location.hash || location.hash === '#/login') {
      location.hash = '#/cases';
    } else {
      await route();
    }
  } catch (e) {
    form.password.value = '';
    showProblem(form, { fieldErrors: [], message: e.message });
    form.password.focus();
  } finally {
    button.disabled = false;
  }
});

document.getElementById('logout').addEventListener('click', async () => {
  try {
    await api.logOut();
  } catch (e) {
    // the session is gone either way
  }
  state.me = null;
  location.hash = '#/login';
  showLogin();
  announce(t('You are logged out.'));
});

function showAccount() {
  const me = state.me;
  const facts = document.getElementById('account-facts');
  facts.replaceChildren(
    el('dt', { text: t('User name') }), el('dd', { text: me.userId }),
    el('dt', { text: t('Name') }), el('dd', { text: [me.firstName, me.lastName].filter(Boolean).join(' ') || '–' }),
    el('dt', { text: t('E-mail') }), el('dd', { text: me.email || '–' }),
    el('dt', { text: t('Company') }), el('dd', { text: me.company || '–' }));
  document.getElementById('pw-username').value = me.userId; // for password managers
  show('account', t('Your account'));
}

document.getElementById('password-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  if (!checkFields(form)) {
    return;
  }
  try {
    await api.post('/portal/api/password', {
      currentPassword: form.currentPassword.value,
      newPassword: form.newPassword.value,
      repeatPassword: form.repeatPassword.value,
    });
    form.reset();
    clearErrors(form);
    const done = form.querySelector('.form-error');
    done.hidden = false;
    done.textContent = t('Your password has been changed.');
    done.classList.add('ok');
    announce(t('Your password has been changed.'));
  } catch (e) {
    form.querySelector('.form-error').classList.remove('ok');
    showProblem(form, e);
  }
});

api.whenLoggedOut(() => {
  state.me = null;
  showLogin();
  const error = document.querySelector('#login-form .form-error');
  error.textContent = t('Your session has ended. Please log in again.');
  error.hidden = false;
});

window.addEventListener('hashchange', route);

// English or German, kept in this browser: the page's own words at once, the view shown again in the new words
document.querySelectorAll('[data-lang]').forEach(button => {
  button.addEventListener('click', async () => {
    setLanguage(button.dataset.lang);
    if (!state.me) {
      showLogin();
      return;
    }
    await route();
  });
});
translatePage();

(async () => {
  const who = await api.me().catch(() => null);
  if (who) {
    await signedIn(who);
  }
  await route();
})();
