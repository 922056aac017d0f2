import { connectorActions } from './actions.js';
import { connectorLink, h, stateBadge } from './dom.js';
import { formatRate } from './rates.js';

/** Every connector with its state, its tasks' states, its worker and its records per second. */
export function connectorsView(model, run) {
  const names = Object.keys(model.connectors).sort();
  if (names.length === 0) {
    return [h('h1', {}, 'Connectors'),
      h('div', { class: 'card muted', 'data-test': 'no-connectors' }, 'No connectors yet. ',
        h('a', { href: '#/new' }, 'Create one'), ' from a plugin this worker has installed.')];
  }
  return [h('h1', {}, 'Connectors'), h('table', { 'data-test': 'connectors' },
    h('thead', {}, h('tr', {}, ['Name', 'Type', 'State', 'Tasks', 'Worker', 'Records/s', ''].map((c) => h('th', {}, c)))),
    h('tbody', {}, names.map((name) => connectorRow(name, model, run))))];
}

function connectorRow(name, model, run) {
  const { status, info } = model.connectors[name];
  const state = status?.connector?.state;
  const tasks = status?.tasks ?? [];
  const measured = tasks.map((task) => model.rates.rate(name, task.id)).filter((rate) => rate !== undefined);
  const rate = measured.length ? measured.reduce((sum, r) => sum + r, 0) : undefined;
  return h('tr', { 'data-connector': name },
    h('td', {}, connectorLink(name)),
    h('td', {}, status?.type ?? info?.type ?? ''),
    h('td', {}, stateBadge(state, 'connector-state')),
    h('td', {}, taskSummary(tasks)),
    h('td', { class: 'mono' }, status?.connector?.worker_id ?? ''),
    h('td', { class: 'num', 'data-test': 'connector-rate' }, formatRate(rate)),
    h('td', {}, connectorActions(name, state, run)));
}

function taskSummary(tasks) {
  if (tasks.length === 0) {
    return h('span', { class: 'muted' }, 'none');
  }
  const counts = new Map();
  for (const task of tasks) {
    counts.set(task.state, (counts.get(task.state) ?? 0) + 1);
  }
  return h('span', { class: 'actions' },
    [...counts].map(([state, count]) => h('span', { class: `state ${state}` }, `${count} ${state.toLowerCase()}`)));
}

/** Each worker that runs something, with the connectors and tasks assigned to it. */
export function workersView(model) {
  const workers = new Map();
  const worker = (id) => workers.get(id) ?? workers.set(id, { connectors: [], tasks: [] }).get(id);
  for (const [name, { status }] of Object.entries(model.connectors)) {
    if (status?.connector?.worker_id) {
      worker(status.connector.worker_id).connectors.push({ name, state: status.connector.state });
    }
    for (const task of status?.tasks ?? []) {
      worker(task.worker_id).tasks.push({ name, id: task.id, state: task.state });
    }
  }
  const ids = [...workers.keys()].sort();
  return [
    h('h1', {}, 'Workers'),
    h('p', { class: 'muted' }, 'Workers with nothing assigned to them are not listed.'),
    ids.length === 0 ? h('div', { class: 'card muted' }, 'No connector runs anywhere yet.') : null,
    h('div', { class: 'workers' }, ids.map((id) => {
      const { connectors, tasks } = workers.get(id);
      return h('div', { class: 'card', 'data-worker': id },
        h('h2', { class: 'mono' }, id),
        h('div', { class: 'muted' }, `${connectors.length} connectors, ${tasks.length} tasks`),
        h('ul', {}, connectors.map((c) => h('li', {}, connectorLink(c.name), ' ', stateBadge(c.state)))),
        h('ul', {}, tasks.map((t) => h('li', {}, connectorLink(t.name), ` task ${t.id} `, stateBadge(t.state)))));
    })),
  ];
}
