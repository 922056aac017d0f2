import { api } from './api.js';
import { h, replace } from './dom.js';

const SHOWN = 10;
const TIMEOUT_MS = 5000;

// The last preview of each connector or form, kept across the page's redraws.
const previews = new Map();

/**
 * A Preview button and the place its answer goes: the records a connector or a config would produce next. `key`
 * names what is previewed, so an answer that arrives after the page was redrawn still finds its place.
 */
export function previewPanel(key, request) {
  const output = h('div', { 'data-test': 'preview', 'data-preview-key': key });
  fill(output, previews.get(key));
  const button = h('button', {
    type: 'button', 'data-test': 'preview-button', disabled: previews.get(key)?.running,
    onclick: async () => {
      previews.set(key, { running: true });
      refill(key);
      try {
        previews.set(key, { result: await request({ limit: SHOWN, timeoutMs: TIMEOUT_MS }) });
      } catch (error) {
        previews.set(key, { error: error.message });
      }
      refill(key);
    },
  }, 'Preview records');
  return h('div', { class: 'preview' }, button,
    h('span', { class: 'muted' }, ' Runs the plugin on a few records; writes and commits nothing.'), output);
}

function refill(key) {
  for (const output of document.querySelectorAll('[data-preview-key]')) {
    if (output.dataset.previewKey === key) {
      fill(output, previews.get(key));
      output.parentElement.querySelector('[data-test=preview-button]').disabled = Boolean(previews.get(key)?.running);
    }
  }
}

function fill(output, preview) {
  if (!preview) {
    replace(output);
  } else if (preview.running) {
    replace(output, h('p', { class: 'muted' }, `Running the plugin for up to ${TIMEOUT_MS / 1000} s…`));
  } else if (preview.error) {
    replace(output, h('div', { class: 'card error-text', 'data-test': 'preview-error' }, preview.error));
  } else {
    replace(output, previewTable(preview.result));
  }
}

export const previewConnector = (name) => (limits) => api.previewConnector(name, limits);
export const previewConfig = (plugin, config) => (limits) => api.previewConfig(plugin, config(), limits);

function previewTable(result) {
  const parts = [];
  if (result.failure) {
    parts.push(h('pre', { class: 'trace', 'data-test': 'preview-failure' }, `${result.failure.stage}: ${result.failure.message}`));
  }
  if (result.records.length === 0) {
    parts.push(h('div', { class: 'card muted' }, 'No records within the time given.'));
    return parts;
  }
  parts.push(h('table', { 'data-test': 'preview-records' },
    h('thead', {}, h('tr', {}, ['', 'Topic', 'Key', 'Value', 'Headers'].map((c) => h('th', {}, c)))),
    h('tbody', {}, result.records.map((record) => h('tr', { 'data-outcome': record.outcome },
      h('td', {}, h('span', { class: `state ${record.outcome === 'failed' ? 'FAILED' : record.outcome === 'dropped' ? 'PAUSED' : 'RUNNING'}` }, record.outcome)),
      h('td', { class: 'mono' }, `${record.topic ?? ''}${record.partition != null ? `/${record.partition}` : ''}`),
      h('td', { class: 'mono' }, shown(record.key)),
      h('td', { class: 'mono', 'data-test': 'preview-value' },
        record.failure ? `${record.failure.stage}: ${record.failure.message}` : shown(record.value)),
      h('td', { class: 'mono' }, (record.headers ?? []).map((header) => `${header.key}=${shown(header.value)}`).join(', ')))))));
  return parts;
}

function shown(data) {
  if (!data) {
    return 'null';
  }
  if (data.utf8 !== undefined) {
    return data.utf8;
  }
  if (data.base64 !== undefined) {
    return `base64:${data.base64}`;
  }
  return JSON.stringify(data.data);
}
