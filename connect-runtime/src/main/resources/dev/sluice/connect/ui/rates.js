// Records per second per task, from this worker's GET /metrics: the records a source task has polled or a sink task
// has read, differenced between two scrapes. A worker's metrics cover the tasks it runs itself, so in a cluster
// the console shows rates for the tasks of the worker it was opened on.

const TOTALS = new Set([
  'kafka_connect_source_task_metrics_source_record_poll_total',
  'kafka_connect_sink_task_metrics_sink_record_read_total',
]);
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)\{(.*)\} (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
export const HISTORY = 60;

export function totalsByTask(prometheusText) {
  const totals = new Map();
  for (const line of prometheusText.split('\n')) {
    const sample = SAMPLE.exec(line);
    if (!sample || !TOTALS.has(sample[1])) {
      continue;
    }
    const labels = {};
    for (const [, name, value] of sample[2].matchAll(LABEL)) {
      labels[name] = value.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));
    }
    totals.set(key(labels.connector, labels.task), Number(sample[3]));
  }
  return totals;
}

const key = (connector, task) => `${connector}\u0000${task}`;

export class RateTracker {
  #previous = null;
  #history = new Map();

  record(totals, at = Date.now()) {
    if (this.#previous && at > this.#previous.at) {
      const seconds = (at - this.#previous.at) / 1000;
      for (const [task, total] of totals) {
        const before = this.#previous.totals.get(task);
        if (before !== undefined) {
          const series = this.#history.get(task) ?? [];
          series.push(Math.max(0, (total - before) / seconds));
          this.#history.set(task, series.slice(-HISTORY));
        }
      }
      for (const task of [...this.#history.keys()]) {
        if (!totals.has(task)) {
          this.#history.delete(task);
        }
      }
    }
    this.#previous = { at, totals };
  }

  /** The latest rate of a task, or undefined when this worker has not measured it (yet). */
  rate(connector, task) {
    return this.series(connector, task).at(-1);
  }

  series(connector, task) {
    return this.#history.get(key(connector, String(task))) ?? [];
  }
}

export function formatRate(rate) {
  if (rate === undefined) {
    return '—';
  }
  return rate < 10 ? rate.toFixed(1) : Math.round(rate).toLocaleString('en-US');
}
