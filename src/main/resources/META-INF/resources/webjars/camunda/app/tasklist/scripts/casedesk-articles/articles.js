// "Articles like this case" on Tasklist's Case tab (casedesk-case/plugin.js shows it): the published knowledge
// articles most like the case, GET /api/articles/similar?case=..., read with the agent's Tasklist session.
// "This helped" records that the article helped on this case (POST /api/articles/{id}/uses, with the session's
// CSRF token): the article and the case are linked, and the article counts one more case it helped.
// Plain ES module, no build step.

import { addStylesheet, el } from '../casedesk-case/dom.js';

addStylesheet('./articles.css', import.meta.url);

async function call(path, options, what) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...options,
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...(options.headers || {}) } });
  } catch (offline) {
    throw new Error(`Could not ${what}: the server did not answer. Try again in a moment.`);
  }
  if (response.status === 401) {
    throw new Error('Your Tasklist session has ended. Log in again.');
  }
  if (response.status === 403) {
    throw new Error(`You may not ${what}.`);
  }
  if (!response.ok) {
    throw new Error(`Could not ${what} (error ${response.status}). Try again in a moment.`);
  }
  return response.json();
}

function helpedText(article) {
  const cases = article.helpedCases || 0;
  const customers = article.solvedForCustomers || 0;
  return [cases ? `helped on ${cases} ${cases === 1 ? 'case' : 'cases'}` : null,
    customers ? `solved it for ${customers} ${customers === 1 ? 'customer' : 'customers'}` : null]
    .filter(Boolean).join(', ');
}

function articleItem(article, caseNumber, api, mayUse) {
  const message = el('span', { class: 'cd-article-message', role: 'status' });
  const counts = el('span', { class: 'cd-muted cd-article-counts' }, helpedText(article));
  const button = mayUse ? el('button', { type: 'button', class: 'btn btn-default btn-xs cd-article-helped',
    disabled: article.helpedThisCase }, article.helpedThisCase ? 'Helped on this case' : 'This helped') : null;
  if (button && !article.helpedThisCase) {
    button.addEventListener('click', async () => {
      button.disabled = true;
      message.className = 'cd-article-message';
      message.textContent = '';
      try {
        const use = await call(`/api/articles/${article.id}/uses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
          body: JSON.stringify({ caseNumber }),
        }, 'record that the article helped');
        button.textContent = 'Helped on this case';
        message.textContent = 'Recorded: the article is linked to this case.';
        counts.textContent = helpedText({ ...article, helpedCases: use.helpedCases });
      } catch (error) {
        message.classList.add('cd-error');
        message.textContent = error.message;
        button.disabled = false;
      }
    });
  }
  return el('li', { class: 'cd-article', 'data-article': String(article.id) },
    el('details', {},
      el('summary', {},
        el('span', { class: 'cd-article-title' }, article.title || `Article ${article.id}`),
        el('span', { class: `cd-tag cd-visibility-${article.visibility}` },
          article.visibility === 'customer' ? 'customers see it' : 'internal'),
        article.product ? el('span', { class: 'cd-muted' }, ` ${article.product}`) : null),
      article.symptom ? el('p', {}, el('strong', {}, 'Symptom: '), article.symptom) : null,
      el('p', { class: 'cd-article-solution' }, el('strong', {}, 'Solution: '), article.solution || '')),
    el('div', { class: 'cd-article-row' }, button, counts, message));
}

/**
 * The section for the case: filled in when the articles arrive; says so when there are none. {@code mayUse}: the
 * agent may record a use (the Case tab's own answer says whether they may act on the case).
 */
export function articlesLikeThisCase(caseNumber, api, mayUse) {
  const list = el('div', {}, el('p', { class: 'cd-muted' }, 'Looking for articles like this case\u2026'));
  const section = el('section', { class: 'cd-articles' }, el('h4', {}, 'Articles like this case'), list);
  call(`/api/articles/similar?case=${encodeURIComponent(caseNumber)}&limit=5`, {}, 'look for articles')
    .then((articles) => list.replaceChildren(articles.length === 0
      ? el('p', { class: 'cd-muted cd-no-articles' }, 'No published article is like this case yet.')
      : el('ol', { class: 'cd-article-list' }, articles.map((a) => articleItem(a, caseNumber, api, mayUse)))))
    .catch((error) => list.replaceChildren(el('p', { class: 'cd-error' }, error.message)));
  return section;
}
