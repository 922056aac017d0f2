import { api } from './api.js';
import { connectorView } from './detail.js';
import { replace } from './dom.js';
import { connectorForm } from './form.js';
import { connectorsView, workersView } from './lists.js';
import { RateTracker, totalsByTask } from './rates.js';

const REFRESH_MS = 2000;
const main = document.getElementById('main');
const bannerBox = document.getElementById('banner');
const model = { connectors: {}, rates: new RateTracker() };
const details = { offsets: null, offsetsError: null, secretKeys: new Map() };
let page = route();
let bannerTimer;

function banner(message, error = false) {
  clearTimeout(bannerTimer);
  bannerBox.textContent = message;
  bannerBox.className = error ? 'error' : '';
  if (!error && message) {
    bannerTimer = setTimeout(() => banner(''), 5000);
  }
}

function route() {
  const hash = location.hash || '#/';
  let match;
  if (hash === '#/new') {
    return { view: 'form' };
  }
  if ((match = /^#\/connectors\/([^/]+)\/edit$/.exec(hash))) {
    return { view: 'form', name: decodeURIComponent(match[1]) };
  }
  if ((match = /^#\/connectors\/([^/]+)$/.exec(hash))) {
    return { view: 'connector', name: decodeURIComponent(match[1]) };
  }
  return { view: hash === '#/workers' ? 'workers' : 'connectors' };
}

/** Redraws the live pages. A form is drawn once: it holds what the user is typing. */
function render() {
  if (page.view === 'connectors') {
    replace(main, connectorsView(model, run));
  } else if (page.view === 'workers') {
    replace(main, workersView(model));
  } else if (page.view === 'connector') {
    replace(main, connectorView(page.name, model, details, run));
  }
}

async function refresh() {
  try {
    const [connectors, metrics] = await Promise.all([api.connectors(), api.metrics()]);
    model.connectors = connectors;
    model.rates.record(totalsByTask(metrics));
    if (page.view === 'connector') {
      await loadDetails(page.name);
    }
    if (bannerBox.dataset.lostWorker) {
      delete bannerBox.dataset.lostWorker;
      banner('');
    }
  } catch (error) {
    bannerBox.dataset.lostWorker = 'true';
    banner(`The worker did not answer: ${error.message}`, true);
  }
  render();
}

async function loadDetails(name) {
  const connectorClass = model.connectors[name]?.info?.config?.['connector.class'];
  if (!connectorClass) {
    return;
  }
  try {
    details.offsets = await api.offsets(name);
    details.offsetsError = null;
  } catch (error) {
    details.offsets = null;
    details.offsetsError = `Offsets unavailable: ${error.message}`;
  }
  if (!details.secretKeys.has(connectorClass)) {
    const keys = await api.pluginConfig(connectorClass).catch(() => []);
    details.secretKeys.set(connectorClass, new Set(keys.filter((k) => k.type === 'PASSWORD').map((k) => k.name)));
  }
}

async function run(label, call, next) {
  try {
    await call();
    banner(`${label}: done`);
    if (next) {
      location.hash = next;
    }
  } catch (error) {
    banner(`${label}: ${error.message}`, true);
  }
  await refresh();
}

async function show() {
  page = route();
  if (page.view === 'form') {
    if (page.name !== undefined) {
      await refresh(); // the form starts from the connector's current config
    }
    await connectorForm(main, page.name, model, banner).catch((error) => banner(error.message, true));
  } else {
    await refresh();
  }
}

window.addEventListener('hashchange', show);
api.server().then((server) => {
  document.getElementById('server').textContent = [`${server.runtime ?? 'Connect'} ${server.runtime_version ?? ''}`,
    `Connect ${server.version}`, server.kafka_cluster_id && `Kafka cluster ${server.kafka_cluster_id}`]
    .filter(Boolean).join(' · ');
}).catch(() => {});
await show();
setInterval(() => page.view !== 'form' && refresh(), REFRESH_MS);
