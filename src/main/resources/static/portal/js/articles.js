// The knowledge base for customers: the articles page (search, one article), the suggestions shown while a
// customer describes a new case, and "This solved my problem", which is counted and opens or closes nothing.
// The API answers customer-visible published articles only; any other answers 404, as one that does not exist.
import * as api from './api.js';
import { el, when } from './format.js';
import { announce, show } from './app.js';
import { t } from './i18n.js';

/** "This solved my problem": counted by the desk; the button says thank you, nothing else changes. */
function solvedButton(article) {
  const message = el('p', { class: 'article-solved-message', role: 'status' });
  const button = el('button', { type: 'button', class: 'article-solved', text: t('This solved my problem') });
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api.post(`/api/articles/${encodeURIComponent(article.id)}/solved`);
      message.textContent = t('Thank you. We are glad it helped. No case was opened.');
      button.textContent = t('Solved my problem');
      announce(message.textContent);
    } catch (e) {
      message.textContent = e.status === 404 ? t('This article is no longer published.') : e.message;
      button.disabled = false;
    }
  });
  return el('div', { class: 'article-solved-row' }, button, message);
}

/** An article's text: symptom, cause, solution. */
function articleBody(article) {
  return [
    article.symptom ? el('h3', { text: t('Symptom') }) : null,
    article.symptom ? el('p', { class: 'article-text', text: article.symptom }) : null,
    article.cause ? el('h3', { text: t('Cause') }) : null,
    article.cause ? el('p', { class: 'article-text', text: article.cause }) : null,
    el('h3', { text: t('Solution') }),
    el('p', { class: 'article-text article-solution', text: article.solution || '' }),
  ].filter(Boolean);
}

function resultItem(article) {
  return el('li', { class: 'article-result', 'data-article': String(article.id) },
    el('a', { href: `#/articles/${article.id}`, text: article.title || t('Article {0}', article.id) }),
    article.product ? el('span', { class: 'note', text: ` · ${article.product}` }) : null,
    article.symptom ? el('p', { class: 'note article-snippet', text: snippet(article.symptom) }) : null);
}

function snippet(text) {
  return text.length > 180 ? `${text.slice(0, 177)}…` : text;
}

export async function showArticles(params) {
  const q = params.get('q') || '';
  const product = params.get('product') || '';
  const view = document.getElementById('view-articles');
  const search = el('input', { id: 'articles-q', name: 'q', type: 'search', value: q, maxlength: '400',
    'aria-describedby': 'articles-q-hint' });
  const productField = el('input', { id: 'articles-product', name: 'product', value: product, maxlength: '100' });
  const form = el('form', { id: 'articles-form', class: 'articles-search', role: 'search' },
    el('div', { class: 'field' }, el('label', { for: 'articles-q', text: t('Search the articles') }), search,
      el('p', { id: 'articles-q-hint', class: 'hint', text: t('Describe the problem in your words, e.g. "router drops packets".') })),
    el('div', { class: 'field' }, el('label', { for: 'articles-product', text: t('Product (optional)') }), productField),
    el('button', { type: 'submit', class: 'primary', text: t('Search') }));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (search.value.trim()) {
      next.set('q', search.value.trim());
    }
    if (productField.value.trim()) {
      next.set('product', productField.value.trim());
    }
    location.hash = `#/articles${next.toString() ? `?${next}` : ''}`;
  });
  const query = new URLSearchParams({ limit: '20' });
  if (q) {
    query.set('q', q);
  }
  if (product) {
    query.set('product', product);
  }
  const articles = await api.get(`/api/articles?${query}`);
  view.replaceChildren(
    el('h1', { id: 'articles-title', text: t('Knowledge base') }),
    el('p', { text: t('Answers our engineers wrote down from solved cases. If one solves your problem, you need not '
      + 'open a case.') }),
    form,
    el('h2', { id: 'articles-results-title', text: q ? t('Articles for "{0}"', q) : t('Newest articles') }),
    articles.length
      ? el('ol', { id: 'articles-results', class: 'article-results' }, ...articles.map(resultItem))
      : el('p', { id: 'articles-empty', text: q ? t('No article matches. Try other words, or open a case.')
        : t('There are no articles yet.') }));
  show('articles', t('Knowledge base'));
  if (q) {
    announce(t('{0} articles found.', articles.length));
  }
}

export async function showArticle(id) {
  if (!/^\d{1,18}$/.test(id)) {
    throw new api.ApiError(404, null);
  }
  const article = await api.get(`/api/articles/${encodeURIComponent(id)}`);
  const view = document.getElementById('view-article');
  view.replaceChildren(
    el('p', { class: 'back' }, el('a', { href: '#/articles', text: t('← All articles') })),
    el('h1', { id: 'article-title', text: article.title || t('Article {0}', article.id) }),
    el('p', { class: 'note', text: [article.product, article.publishedAt ? t('updated {0}', when(article.publishedAt))
      : null].filter(Boolean).join(' · ') }),
    ...articleBody(article),
    solvedButton(article),
    el('p', { class: 'note', text: t('Not solved? Open a case and we will help.') }),
    el('p', {}, el('a', { class: 'button', href: '#/new', text: t('Open a case') })));
  show('article', article.title || t('Article {0}', article.id));
}

// While a customer describes a new case: the articles like it, before the case is opened
let timer = null;
let asked = '';

async function suggest() {
  const form = document.getElementById('new-case-form');
  const box = document.getElementById('new-suggestions');
  if (!form || !box) {
    return;
  }
  const text = `${form.subject.value} ${form.description.value}`.trim();
  if (text.length < 8) {
    box.hidden = true;
    box.replaceChildren();
    asked = '';
    return;
  }
  if (text === asked) {
    return;
  }
  asked = text;
  let articles;
  try {
    articles = await api.get(`/api/articles?${new URLSearchParams({ q: text, limit: '3' })}`);
  } catch (e) {
    return; // suggestions are a help, not a step: the case can be opened without them
  }
  if (asked !== text) {
    return;
  }
  box.hidden = articles.length === 0;
  box.replaceChildren(...(articles.length === 0 ? [] : [
    el('h2', { text: t('These articles may solve it') }),
    el('p', { class: 'hint', text: t('Read them before you open the case: if one solves the problem, say so and '
      + 'you are done.') }),
    el('ul', { class: 'article-suggestions' }, ...articles.map(article => el('li', { 'data-article': String(article.id) },
      el('details', {}, el('summary', { text: article.title || t('Article {0}', article.id) }),
        ...articleBody(article), solvedButton(article))))),
  ]));
  if (articles.length) {
    announce(t('{0} articles may solve your problem.', articles.length));
  }
}

function suggestSoon() {
  clearTimeout(timer);
  timer = setTimeout(suggest, 400);
}

for (const id of ['new-subject', 'new-description']) {
  const field = document.getElementById(id);
  if (field) {
    field.addEventListener('input', suggestSoon);
  }
}
