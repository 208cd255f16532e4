// Support figures for managers: one call to /api/reports/cases, drawn as tiles and charts (cases, RMAs, complaints).
(function () {
  const form = document.getElementById('filter');
  const charts = {};

  function isoDay(date) { return date.toISOString().slice(0, 10); }

  function defaults() {
    const params = new URLSearchParams(location.search);
    const today = new Date();
    const monthAgo = new Date(today.getTime() - 30 * 86400000);
    form.from.value = params.get('from') || isoDay(monthAgo);
    form.to.value = params.get('to') || isoDay(new Date(today.getTime() + 86400000));
    form.customer.value = params.get('customer') || '';
    form.queue.value = params.get('queue') || '';
  }

  function query() {
    const params = new URLSearchParams({ from: form.from.value, to: form.to.value });
    if (form.customer.value) params.set('customer', form.customer.value);
    if (form.queue.value) params.set('queue', form.queue.value);
    return params.toString();
  }

  function fmt(value, suffix) {
    return value === null || value === undefined ? '–' : (Math.round(value * 10) / 10) + (suffix || '');
  }

  function tile(label, value) {
    return '<div class="tile"><div class="value">' + value + '</div><div class="label">' + label + '</div></div>';
  }

  const counts = { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } };

  function draw(id, config) {
    if (charts[id]) charts[id].destroy();
    if (config.type === 'bar') config.options = counts;
    charts[id] = new Chart(document.getElementById(id), config);
  }

  /** A bar chart of counts by key, e.g. {P1: 2, P2: 0}. */
  function bars(id, label, countsByKey, labelOf) {
    draw(id, {
      type: 'bar',
      data: { labels: Object.keys(countsByKey).map(labelOf || (key => key)),
        datasets: [{ label: label, data: Object.values(countsByKey) }] }
    });
  }

  function render(report) {
    document.getElementById('tiles').innerHTML = [
      tile('cases opened', report.opened.total),
      tile('cases closed', report.closed.total),
      tile('first response in SLA', fmt(report.firstResponse.compliancePercent, ' %')),
      tile('resolution in SLA', fmt(report.resolution.compliancePercent, ' %')),
      tile('median minutes to respond', fmt(report.firstResponse.medianMinutes)),
      tile('median minutes to resolve', fmt(report.resolution.medianMinutes)),
      tile('reopened', fmt(report.reopens.percent, ' %')),
      tile('satisfaction', fmt(report.satisfaction.average, ' / 5'))
    ].join('');
    const rmas = report.rmas;
    const complaints = report.complaints;
    const answeredInTime = complaints.answeredInTime.share;
    document.getElementById('rma-tiles').innerHTML = [
      tile('RMAs opened', rmas.opened),
      tile('RMAs completed', rmas.completed),
      tile('mean hours to complete', fmt(rmas.turnaroundMeanHours)),
      tile('median hours to complete', fmt(rmas.turnaroundMedianHours)),
      tile('faulty parts returned late', rmas.returnedLate),
      tile('faulty parts overdue', rmas.returnsOverdue),
      tile('complaints received', complaints.received),
      tile('complaints closed', complaints.closed),
      tile('answered in time', fmt(answeredInTime === null ? null : answeredInTime * 100, ' %')),
      tile('complaints escalated', complaints.escalated.count)
    ].join('');
    draw('compliance', {
      type: 'line',
      data: {
        labels: report.daily.map(d => d.date),
        datasets: [
          { label: 'first response', data: report.daily.map(d => d.firstResponseCompliancePercent), spanGaps: true },
          { label: 'resolution', data: report.daily.map(d => d.resolutionCompliancePercent), spanGaps: true }
        ]
      },
      options: { scales: { y: { min: 0, max: 100 } } }
    });
    bars('backlog', 'open cases', report.backlogByPriority);
    bars('escalations', 'escalations', report.escalationsByLevel, level => 'level ' + level);
    bars('complaint-classes', 'complaints received', complaints.receivedByClass);
    bars('complaint-departments', 'complaints received', complaints.receivedByDepartment);
    bars('satisfaction', 'answers', report.satisfaction.distribution);
  }

  async function load() {
    const error = document.getElementById('error');
    error.hidden = true;
    document.getElementById('csv').href = '/api/reports/cases.csv?' + query();
    const response = await fetch(location.origin + '/api/reports/cases?' + query(), { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      error.textContent = problem.detail || ('The figures could not be loaded (' + response.status + ')');
      error.hidden = false;
      return;
    }
    render(await response.json());
    history.replaceState(null, '', '?' + query());
  }

  form.addEventListener('submit', event => { event.preventDefault(); load(); });
  defaults();
  load();
})();
