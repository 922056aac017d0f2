import { connectorActions } from './actions.js';
import { api } from './api.js';
import { sparkline } from './chart.js';
import { h, stateBadge } from './dom.js';
import { previewConnector, previewPanel } from './preview.js';
import { formatRate } from './rates.js';

const MASK = '••••••••';
// Settings of converters, transforms and clients are not in the connector's ConfigDef; these names give them away.
const SECRET_NAME = /password|secret|credential|api\.key|token/i;

/** One connector: state and actions, tasks with their rates and traces, configuration (secrets masked), offsets. */
export function connectorView(name, model, details, run) {
  const entry = model.connectors[name];
  if (!entry) {
    return [h('h1', {}, name), h('div', { class: 'card muted', 'data-test': 'missing' }, 'This worker\'s cluster has no connector of that name.')];
  }
  const { status, info } = entry;
  const config = info?.config ?? {};
  const state = status?.connector?.state;
  const secretKeys = details.secretKeys.get(config['connector.class']) ?? new Set();
  return [
    h('h1', {}, name, stateBadge(state, 'connector-state'),
      h('span', { class: 'muted' }, `${status?.type ?? info?.type ?? ''} connector on ${status?.connector?.worker_id ?? '?'}`)),
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: `#/connectors/${encodeURIComponent(name)}/edit`, 'data-test': 'edit' }, 'Edit'),
      connectorActions(name, state, run)),
    status?.connector?.trace ? h('pre', { class: 'trace', 'data-test': 'connector-trace' }, status.connector.trace) : null,
    h('h2', {}, 'Tasks'),
    tasksTable(name, status?.tasks ?? [], model.rates, run),
    h('h2', {}, 'Configuration'),
    h('table', { 'data-test': 'config' }, h('tbody', {}, Object.keys(config).sort().map((key) =>
      h('tr', {}, h('td', { class: 'mono' }, key),
        h('td', { class: 'mono', 'data-test': 'config-value', 'data-key': key },
          secretKeys.has(key) || SECRET_NAME.test(key) ? MASK : config[key]))))),
    h('h2', {}, 'Preview'),
    previewPanel(`connector:${name}`, previewConnector(name)),
    h('h2', {}, 'Offsets'),
    offsetsTable(details),
  ];
}

function tasksTable(name, tasks, rates, run) {
  if (tasks.length === 0) {
    return h('div', { class: 'card muted' }, 'No tasks run now.');
  }
  const rows = [];
  for (const task of tasks) {
    rows.push(h('tr', { 'data-task': task.id },
      h('td', {}, String(task.id)),
      h('td', {}, stateBadge(task.state, 'task-state')),
      h('td', { class: 'mono' }, task.worker_id),
      h('td', { class: 'num', 'data-test': 'task-rate' }, formatRate(rates.rate(name, task.id))),
      h('td', {}, sparkline(rates.series(name, task.id))),
      h('td', {}, h('button', {
        type: 'button', 'data-test': 'restart-task',
        onclick: () => run(`Restart task ${task.id} of ${name}`, () => api.restartTask(name, task.id)),
      }, 'Restart'))));
    if (task.trace) {
      rows.push(h('tr', {}, h('td', { colspan: 6 }, h('pre', { class: 'trace', 'data-test': 'task-trace' }, task.trace))));
    }
  }
  return h('table', { 'data-test': 'tasks' },
    h('thead', {}, h('tr', {}, ['Task', 'State', 'Worker', 'Records/s', 'Last 2 minutes', ''].map((c) => h('th', {}, c)))),
    h('tbody', {}, rows));
}

function offsetsTable(details) {
  if (details.offsetsError) {
    return h('div', { class: 'card muted' }, details.offsetsError);
  }
  const offsets = details.offsets?.offsets ?? [];
  if (offsets.length === 0) {
    return h('div', { class: 'card muted', 'data-test': 'no-offsets' }, 'No offsets committed yet.');
  }
  return h('table', { 'data-test': 'offsets' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Partition'), h('th', {}, 'Offset'))),
    h('tbody', {}, offsets.map((o) => h('tr', {},
      h('td', { class: 'mono' }, JSON.stringify(o.partition)), h('td', { class: 'mono' }, JSON.stringify(o.offset))))));
}
