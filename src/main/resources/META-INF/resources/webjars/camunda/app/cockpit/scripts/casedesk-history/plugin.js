// Casedesk's Cockpit plugins (the 7.14+ plugin system, loaded through customScripts in ../config.js): a history
// page of every process instance, running or finished, and a page for one instance. Cockpit CE itself shows only
// running instances. Everything is read from the engine REST Cockpit uses, with the user's own session, so the
// engine's authorizations decide what an auditor sees.
import { renderSearch } from './search.js';
import { renderInstance } from './instance.js';

const stylesheet = document.createElement('link');
stylesheet.rel = 'stylesheet';
stylesheet.href = new URL('./history.css', import.meta.url).href;
document.head.append(stylesheet);

const PATH = '/case-history';

function link(node, text) {
  const a = document.createElement('a');
  a.href = '#' + PATH;
  a.textContent = text;
  node.append(a);
}

export default [
  {
    id: 'casedesk-history-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { pagePath: '#' + PATH, checkActive: (url) => url.includes('#' + PATH) },
    render: (node) => link(node, 'History'),
  },
  {
    id: 'casedesk-history-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: -10,
    render: (node) => {
      node.className = 'cd-history-dashboard';
      node.append('Finished and running instances of every process, with their diagrams and logs: ');
      link(node, 'History');
    },
  },
  {
    id: 'casedesk-history-search',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH },
    render: (node, { api }) => renderSearch(node, api),
  },
  {
    id: 'casedesk-history-instance',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH + '/:id' },
    render: (node, { api }) => renderInstance(node, api, decodeURIComponent(location.hash.split(/[/?]/)[2])),
  },
];
