// Calls to the server with the portal's session: the Casedesk API (/api) and the portal's own (/portal/api).
// Every change sends the session's CSRF token; an answer that is not OK becomes an ApiError carrying the
// RFC 9457 problem (its detail, and the fields it names in "errors"). Every call asks for the language the reader
// chose (Accept-Language), so the server's own texts (refusals, the case's history) come in it.
import { language, t } from './i18n.js';

let csrfToken = null;
let onLoggedOut = () => {};

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || t('The server answered {0}.', status));
    this.status = status;
    this.problem = problem || {};
  }

  /** [{field, message}] the server found wrong. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

/** What to do when the session is gone (401): show the login. */
export function whenLoggedOut(handler) {
  onLoggedOut = handler;
}

export async function request(method, url, body, { form = false, quiet401 = false } = {}) {
  const headers = { 'Accept': 'application/json', 'Accept-Language': language(), 'X-Requested-With': 'XMLHttpRequest' };
  let payload;
  if (body instanceof FormData) {
    payload = body; // multipart: the browser writes the Content-Type with its boundary
  } else if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(body).toString();
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-XSRF-TOKEN'] = csrfToken;
  }
  let response;
  try {
    response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (offline) {
    throw new ApiError(0, { detail: t('The server cannot be reached. Check your connection and try again.') });
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    if (response.status === 401 && !quiet401) {
      onLoggedOut();
    }
    throw new ApiError(response.status, data);
  }
  return data;
}

export const get = (url, options) => request('GET', url, undefined, options);
export const post = (url, body, options) => request('POST', url, body, options);

/** Sends files to a case (multipart parts named "files"). */
export function upload(caseNumber, files) {
  const body = new FormData();
  for (const file of files) {
    body.append('files', file, file.name);
  }
  return post(`/api/cases/${encodeURIComponent(caseNumber)}/attachments`, body);
}

/** Fetches a fresh CSRF token (this starts the session) and logs in with the form's fields. */
export async function logIn(username, password) {
  const csrf = await get('/portal/api/csrf');
  setCsrfToken(csrf.token);
  return post('/portal/api/login', { username, password }, { form: true, quiet401: true });
}

/** Who is logged in, with the session's token; null when nobody is. */
export async function me() {
  try {
    const who = await get('/portal/api/me', { quiet401: true });
    setCsrfToken(who.csrf.token);
    return who;
  } catch (e) {
    if (e.status === 401) {
      return null;
    }
    throw e;
  }
}

export async function logOut() {
  try {
    await post('/portal/api/logout');
  } finally {
    setCsrfToken(null);
  }
}
