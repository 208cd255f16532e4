// The problems a case is linked to, on the Case tab (plugin.js): a known error's workaround in a banner at the top,
// where the engineer sees it before writing the next step; a fixed problem's fix; an open problem's status. The case
// API gives them to staff (GET /api/tasks/{taskId}/case, "problems"); customers never get them.

const STATUS = {
  INVESTIGATING: 'under investigation', ROOT_CAUSE_KNOWN: 'root cause found, workaround coming',
  KNOWN_ERROR: 'known error', FIXED: 'fixed', CLOSED: 'closed',
};

/** "Mon 2 Mar, 09:30" in the agent's time zone. */
function time(value) {
  return value ? new Date(value).toLocaleString('en-GB',
    { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '';
}

/**
 * A banner per problem of the case, known errors first; null when the case has none. {@code el} is the tab's
 * element helper (tag, attributes, ...children).
 */
export function problemBanners(c, el) {
  const problems = [...(c.problems || [])].filter((p) => p.status !== 'CLOSED' || p.fix);
  if (problems.length === 0) {
    return null;
  }
  const rank = (p) => (p.workaround && !p.fix ? 0 : p.fix ? 1 : 2);
  problems.sort((a, b) => rank(a) - rank(b));
  return el('div', { class: 'cd-problems' }, problems.map((p) => el('div', {
    class: `cd-banner cd-problem ${p.workaround && !p.fix ? 'cd-known-error' : ''}`,
    'data-problem': p.number,
  },
  el('div', { class: 'cd-banner-title' },
    p.fix ? 'Problem fixed: ' : p.workaround ? 'Known error: ' : 'Linked to problem: ',
    el('strong', {}, `${p.number} ${p.title}`),
    p.workaround && !p.fix ? null : el('span', { class: 'cd-muted' }, ` (${STATUS[p.status] || p.status})`)),
  p.workaround ? el('div', { class: 'cd-workaround' }, el('strong', {}, 'Workaround: '), p.workaround,
    p.knownErrorAt ? el('span', { class: 'cd-muted' }, ` \u2014 published ${time(p.knownErrorAt)}`) : null) : null,
  p.fix ? el('div', { class: 'cd-fix' }, el('strong', {}, 'Fix: '), p.fix,
    p.fixedAt ? el('span', { class: 'cd-muted' }, ` \u2014 released ${time(p.fixedAt)}`) : null) : null,
  !p.workaround && !p.fix ? el('div', { class: 'cd-muted' },
    'No workaround yet: it shows here as soon as the problem is a known error.') : null)));
}

/**
 * For the one-line header above every tab (the form's too): the known error's workaround, cut to the space there is
 * (all of it, with the problem, as its tooltip); null when no linked problem is a known error awaiting its fix.
 */
export function knownErrorChip(c, el) {
  const known = (c.problems || []).find((p) => p.workaround && !p.fix);
  return known ? el('span', { class: 'cd-header-known-error', title: `${known.number} ${known.title}: ${known.workaround}` },
    el('strong', {}, 'Workaround: '), known.workaround) : null;
}
