// What both history pages share: engine REST calls with Cockpit's session and CSRF token, and a few DOM helpers.

/** GET {engineApi}/{path}?{params} as the logged-in user; empty params are left out. */
export function engineClient(api) {
  return async function get(path, params = {}) {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
    const response = await fetch(`${api.engineApi}/${path}${[...query].length ? '?' + query : ''}`, {
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
      credentials: 'same-origin',
    });
    if (!response.ok) {
      throw new Error(`${path}: ${response.status} ${await response.text()}`);
    }
    return response.json();
  };
}

/** An element with attributes (class, href, ...) and children (nodes or text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) {
      element.setAttribute(name, value);
    }
  }
  element.append(...children.flat().filter((c) => c !== undefined && c !== null));
  return element;
}

/** A table of rows, each cell a function of the row; "none" when there are no rows. */
export function table(rows, columns, attributes = {}) {
  if (rows.length === 0) {
    return el('p', { class: 'cd-none' }, 'none');
  }
  return el('table', { class: 'table table-condensed cd-table', ...attributes },
    el('thead', {}, el('tr', {}, Object.keys(columns).map((title) => el('th', {}, title)))),
    el('tbody', {}, rows.map((row) => el('tr', {}, Object.values(columns).map((cell) => el('td', {}, cell(row) ?? ''))))));
}

/** "2026-03-02 09:00:00 UTC" from the engine's "2026-03-02T10:00:00.000+0100". */
export function time(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return date.toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
}

/** The engine's date parameter for the start ("from") or end of a day picked in a date field. */
export function day(value, end) {
  return value ? `${value}T${end ? '23:59:59.999' : '00:00:00.000'}+0000` : undefined;
}

// Which of the two terminated states the engine records depends on how the instance was ended (a deleted case
// can be either), so both read "terminated"; the instance page shows the reason.
const STATES = {
  ACTIVE: 'running',
  SUSPENDED: 'suspended',
  COMPLETED: 'completed',
  EXTERNALLY_TERMINATED: 'terminated',
  INTERNALLY_TERMINATED: 'terminated',
};

export function state(instance) {
  return STATES[instance.state] || instance.state;
}

export function instanceLink(instance) {
  return el('a', { href: `#/case-history/${encodeURIComponent(instance.id)}` }, instance.businessKey || instance.id);
}

export function failure(node, error) {
  node.append(el('div', { class: 'alert alert-danger cd-error' }, String(error.message || error)));
}
