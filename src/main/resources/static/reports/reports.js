// Support figures for managers: one call to /api/reports/cases, drawn as tiles and charts (cases, RMAs, complaints).
//
// Login: the page reads the figures with the Camunda webapps' session (the one Tasklist and Cockpit use). Without
// one, the API answers a bare 401 (the page says X-Requested-With, so the server sends no basic-auth challenge and
// the browser shows no prompt) and the page shows its own form, which logs in through the webapps' login. That
// login needs the session's CSRF token, which a GET under /camunda/ hands out (response header X-XSRF-TOKEN, and
// a cookie whose path is /camunda, out of this page's reach).
(function () {
  const LOGIN = '/camunda/api/admin/auth/user/default/login/welcome';
  const CURRENT_USER = '/camunda/api/admin/auth/user/default';
  const DAY = 86400000;
  const filter = document.getElementById('filter');
  const charts = {};

  function show(id, visible) { document.getElementById(id).hidden = !visible; }

  function api(path, options) {
    const request = Object.assign({ credentials: 'same-origin' }, options || {});
    request.headers = Object.assign({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      request.headers || {});
    return fetch(path, request);
  }

  // ---- period and filter ------------------------------------------------------------------------------------

  function isoDay(date) { return date.toISOString().slice(0, 10); }
  function nextDay(day) { return isoDay(new Date(Date.parse(day + 'T00:00:00Z') + DAY)); }

  function defaults() {
    const params = new URLSearchParams(location.search);
    const today = new Date();
    filter.from.value = params.get('from') || isoDay(new Date(today.getTime() - 29 * DAY));
    filter.until.value = params.get('until') || isoDay(today);
    filter.customer.value = params.get('customer') || '';
    filter.queue.value = params.get('queue') || '';
  }

  /** The API's period: from the first day to the day after the last (excluded). */
  function query() {
    const params = new URLSearchParams({ from: filter.from.value, to: nextDay(filter.until.value) });
    if (filter.customer.value) params.set('customer', filter.customer.value);
    if (filter.queue.value) params.set('queue', filter.queue.value);
    return params.toString();
  }

  function pageQuery() {
    const params = new URLSearchParams({ from: filter.from.value, until: filter.until.value });
    if (filter.customer.value) params.set('customer', filter.customer.value);
    if (filter.queue.value) params.set('queue', filter.queue.value);
    return params.toString();
  }

  // ---- figures ----------------------------------------------------------------------------------------------

  function isNumber(value) { return typeof value === 'number' && isFinite(value); }

  /** A figure rounded to one decimal, or a dash when there is nothing to compute it from. */
  function fmt(value, suffix) {
    return isNumber(value) ? (Math.round(value * 10) / 10) + (suffix || '') : '–';
  }

  function plural(count, one, many) { return count + ' ' + (count === 1 ? one : many); }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  /** A tile: the figure, what it is, and what it counts. */
  // The knowledge base's figures (io.casedesk.knowledge.KnowledgeStats); none in a report kept before it existed.
function knowledgeTiles(knowledge) {
  if (!knowledge) {
    return [];
  }
  return [
    tile('articles published', knowledge.articlesPublished, 'knowledge articles first published in the period'),
    tile('article uses', knowledge.articleUses, '"This helped" recorded by engineers on cases'),
    tile('helpful for customers', knowledge.helpfulForCustomers, 'customers who said an article solved their problem'),
    tile('cases solved with an article', knowledge.casesSolvedWithArticle, 'cases closed in the period that an article helped')
  ];
}

function tile(label, value, note) {
    return '<div class="tile"><div class="value">' + escapeHtml(value) + '</div><div class="label">'
      + escapeHtml(label) + '</div>' + (note ? '<div class="note">' + escapeHtml(note) + '</div>' : '') + '</div>';
  }

  /** A share of a whole, as a percentage, or a dash with the reason when the whole is empty. */
  function shareTile(label, percent, whole, ofWhat, none) {
    return whole > 0 ? tile(label, fmt(percent, ' %'), 'of ' + plural(whole, ofWhat[0], ofWhat[1]))
      : tile(label, '–', none);
  }

  /** Problems linking the report's cases (none in a monthly report kept before problems were counted). */
  function problemTiles(problems) {
    if (!problems) {
      return [];
    }
    return [
      tile('problems opened', problems.opened, 'in the period, linking cases of this report'),
      tile('problems closed', problems.closed, 'in the period'),
      tile('problems open now', problems.openNow, 'linking cases of this report, opened in any period'),
      tile('cases per problem', fmt(problems.casesPerProblem),
        problems.opened > 0 ? 'mean, over the problems opened in the period' : 'no problem opened in the period')
    ];
  }

  function render(report) {
    const opened = report.opened.total;
    const withoutContract = report.openedWithoutContract || 0;
    const fr = report.firstResponse;
    const res = report.resolution;
    document.getElementById('tiles').innerHTML = [
      tile('cases opened', opened, 'with a valid contract, opened in the period; the figures below count these'),
      tile('opened without a valid contract', withoutContract,
        'sent to sales, never triaged: not counted in any other figure'),
      tile('cases closed', report.closed.total, 'closed in the period, whenever they were opened'),
      shareTile('first response within SLA', fr.compliancePercent, fr.measured,
        ['case opened in the period and responded to', 'cases opened in the period and responded to'],
        'no case opened in the period has had a first response yet'),
      shareTile('resolution within SLA', res.compliancePercent, res.measured,
        ['case opened in the period and resolved', 'cases opened in the period and resolved'],
        'no case opened in the period is resolved yet'),
      tile('median minutes to first response', fmt(fr.medianMinutes),
        fr.measured > 0 ? 'over ' + plural(fr.measured, 'case', 'cases') + ' responded to' : 'no first response yet'),
      tile('median minutes to resolve', fmt(res.medianMinutes), res.measured > 0
        ? 'over ' + plural(res.measured, 'resolved case', 'resolved cases') + ', without time waiting for the customer'
        : 'no case resolved yet'),
      shareTile('reopened', report.reopens.percent, report.reopens.closed,
        ['case closed in the period', 'cases closed in the period'], 'no case closed in the period'),
      report.satisfaction.answers > 0
        ? tile('satisfaction', fmt(report.satisfaction.average, ' / 5'),
          plural(report.satisfaction.answers, 'survey answer', 'survey answers') + ', cases closed in the period')
        : tile('satisfaction', '–', 'no survey answer for the cases closed in the period')
    ].join('');

    const rmas = report.rmas;
    const complaints = report.complaints;
    const inTime = complaints.answeredInTime || {};
    const escalated = complaints.escalated || {};
    document.getElementById('rma-tiles').innerHTML = [
      tile('RMAs opened', rmas.opened, 'in the period'),
      tile('RMAs completed', rmas.completed, 'in the period'),
      tile('mean hours to complete', fmt(rmas.turnaroundMeanHours),
        rmas.completed > 0 ? 'from request to completion' : 'no RMA completed in the period'),
      tile('median hours to complete', fmt(rmas.turnaroundMedianHours),
        rmas.completed > 0 ? 'from request to completion' : 'no RMA completed in the period'),
      tile('faulty parts returned late', rmas.returnedLate, 'returned in the period after their deadline'),
      tile('faulty parts overdue', rmas.returnsOverdue,
        'deadline passed by the end of the period (or now), not back by then; RMAs of any period'),
      tile('complaints received', complaints.received, complaints.received > 0 ? 'in the period' : 'no complaints'),
      tile('complaints closed', complaints.closed, 'in the period'),
      shareTile('answered in time', isNumber(inTime.share) ? inTime.share * 100 : null, complaints.closed,
        ['complaint closed', 'complaints closed'], 'no complaints closed in the period'),
      complaints.received > 0
        ? tile('complaints escalated', escalated.count || 0,
          'of ' + plural(complaints.received, 'complaint', 'complaints') + ' received: to the department head or management')
        : tile('complaints escalated', '–', 'no complaints received in the period'),
      ...knowledgeTiles(report.knowledge)
    ].concat(problemTiles(report.problems)).join('');

    const measuredDays = report.daily.filter(d => isNumber(d.firstResponseCompliancePercent)
      || isNumber(d.resolutionCompliancePercent));
    draw('compliance', measuredDays.length === 0 ? null : {
      type: 'bar',
      data: {
        labels: report.daily.map(d => d.date),
        datasets: [
          { label: 'first response', data: report.daily.map(d => d.firstResponseCompliancePercent), suffix: ' %' },
          { label: 'resolution', data: report.daily.map(d => d.resolutionCompliancePercent), suffix: ' %' }
        ]
      },
      options: { scales: { y: { min: 0, max: 100, ticks: { callback: v => v + ' %' } } },
        plugins: { legend: { position: 'bottom' } } }
    }, 'No case opened in the period has a first response or a resolution to measure yet.',
    'A day without a bar had nothing to measure: no case opened that day responded to (first response) or resolved'
      + ' (resolution) yet.');
    bars('backlog', 'open cases', report.backlogByPriority, null, 'No open cases.');
    bars('escalations', 'escalations', report.escalationsByLevel, level => 'level ' + level,
      'No escalations in the period.');
    bars('satisfaction', 'answers', report.satisfaction.distribution, null,
      'No survey answers for the cases closed in the period.');
    bars('complaint-classes', 'complaints received', complaints.receivedByClass, null, 'No complaints received.');
    bars('complaint-departments', 'complaints received', complaints.receivedByDepartment, null,
      'No complaints received.');
  }

  // ---- charts -----------------------------------------------------------------------------------------------

  /** Writes each bar's value above it, so a single bar (one day, one class) reads without the axis. */
  const valueLabels = {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = '12px system-ui, sans-serif';
      ctx.fillStyle = '#1d2733';
      ctx.textAlign = 'center';
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        meta.data.forEach((bar, j) => {
          const value = dataset.data[j];
          if (isNumber(value)) ctx.fillText(fmt(value, dataset.suffix), bar.x, bar.y - 5);
        });
      });
      ctx.restore();
    }
  };

  /** Draws a chart in its figure, or says in words why there is none. */
  function draw(id, config, empty, note) {
    const canvas = document.getElementById(id);
    if (charts[id]) { charts[id].destroy(); delete charts[id]; }
    let message = canvas.parentNode.querySelector('.empty');
    if (!message) {
      message = document.createElement('p');
      message.className = 'empty';
      canvas.parentNode.appendChild(message);
    }
    message.textContent = empty || '';
    message.hidden = config !== null;
    canvas.hidden = config === null;
    let caption = canvas.parentNode.querySelector('.chart-note');
    if (note && !caption) {
      caption = document.createElement('p');
      caption.className = 'chart-note';
      canvas.parentNode.appendChild(caption);
    }
    if (caption) {
      caption.textContent = note || '';
      caption.hidden = config === null || !note;
    }
    if (config === null) return;
    config.options = Object.assign({ datasets: { bar: { maxBarThickness: 60 } }, layout: { padding: { top: 18 } } },
      config.options || {});
    config.options.scales = config.options.scales
      || { y: { beginAtZero: true, ticks: { precision: 0 } } };
    config.plugins = [valueLabels];
    charts[id] = new Chart(canvas, config);
  }

  /** A bar chart of counts by key, e.g. {P1: 2, P2: 0}; the message instead when every count is zero. */
  function bars(id, label, countsByKey, labelOf, empty) {
    const values = Object.values(countsByKey || {});
    const total = values.reduce((sum, v) => sum + (isNumber(v) ? v : 0), 0);
    draw(id, total === 0 ? null : {
      type: 'bar',
      data: { labels: Object.keys(countsByKey).map(labelOf || (key => key)),
        datasets: [{ label: label, data: values }] },
      options: { plugins: { legend: { display: false } } }
    }, empty);
  }

  // ---- loading and logging in -------------------------------------------------------------------------------

  async function load() {
    show('error', false);
    document.getElementById('csv').href = '/api/reports/cases.csv?' + query();
    let response;
    try {
      response = await api('/api/reports/cases?' + query());
    } catch (e) {
      return fail('The server did not answer: ' + e.message);
    }
    if (response.status === 401) {
      return askToLogIn();
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      return fail(problem.detail || ('The figures could not be loaded (' + response.status + ')'));
    }
    const report = await response.json();
    show('login', false);
    show('filter', true);
    show('report', true);
    document.getElementById('period').textContent = 'Cases opened from ' + filter.from.value + ' until '
      + filter.until.value + ' (UTC days, both included)'
      + (filter.customer.value ? ', customer ' + filter.customer.value : ', all customers')
      + (filter.queue.value ? ', queue ' + filter.queue.value : '') + '.';
    render(report);
    history.replaceState(null, '', '?' + pageQuery());
    whoIsLoggedIn();
  }

  function fail(message) {
    const error = document.getElementById('error');
    error.textContent = message;
    error.hidden = false;
  }

  async function whoIsLoggedIn() {
    const response = await api(CURRENT_USER).catch(() => null);
    const user = response && response.ok ? await response.json().catch(() => null) : null;
    document.getElementById('user').textContent = user && user.userId ? user.userId : 'your Casedesk user';
    show('who', true);
  }

  function askToLogIn() {
    show('report', false);
    show('filter', false);
    show('who', false);
    show('login', true);
    document.querySelector('#login-form [name=username]').focus();
  }

  /**
   * The webapps' CSRF token of this browser's session. A GET under /camunda/ creates it when the session has none
   * and sends it in the X-XSRF-TOKEN response header. When the session already has one (its cookie is out of this
   * page's reach), a POST without it ends that session, as the webapps' CSRF filter does, and a fresh GET hands out
   * a new token.
   */
  async function csrfToken() {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await api(CURRENT_USER);
      const token = response.headers.get('X-XSRF-TOKEN');
      if (token && token !== 'Required') return token;
      await api(LOGIN, { method: 'POST' }).catch(() => null);
    }
    throw new Error('no CSRF token');
  }

  async function logIn(event) {
    event.preventDefault();
    const form = event.target;
    const error = document.getElementById('login-error');
    error.hidden = true;
    let response;
    try {
      response = await api(LOGIN, {
        method: 'POST',
        headers: { 'X-XSRF-TOKEN': await csrfToken() },
        body: new URLSearchParams({ username: form.username.value.trim(), password: form.password.value })
      });
    } catch (e) {
      response = null;
    }
    if (!response || !response.ok) {
      // 429: too many wrong passwords from here for this user; the answer says how long to wait
      const throttled = response && response.status === 429
        ? ((await response.json().catch(() => ({}))).message
          || 'Too many failed logins. Try again in ' + response.headers.get('Retry-After') + ' seconds.')
        : null;
      error.textContent = throttled || (response && response.status === 403
        ? 'This user may not use the webapps.'
        : response && response.status === 401
          ? 'Wrong user name or password.'
          : 'The login did not work (' + (response ? response.status : 'no answer') + '). Please try again.');
      error.hidden = false;
      return;
    }
    form.password.value = '';
    load();
  }

  document.getElementById('login-form').addEventListener('submit', logIn);
  filter.addEventListener('submit', event => { event.preventDefault(); load(); });
  defaults();
  load();
})();
