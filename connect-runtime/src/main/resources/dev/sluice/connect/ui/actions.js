import { api } from './api.js';
import { h } from './dom.js';

/**
 * The buttons that change a connector's state, one REST call each. `run(label, call, next)` makes the call,
 * reports how it went and refreshes the page (going to `next` when given).
 */
export function connectorActions(name, state, run) {
  const button = (label, test, call) =>
    h('button', { type: 'button', 'data-test': test, onclick: () => run(`${label} ${name}`, call) }, label);
  const resumable = state === 'PAUSED' || state === 'STOPPED';
  return h('div', { class: 'actions' },
    resumable ? button('Resume', 'resume', () => api.resume(name)) : button('Pause', 'pause', () => api.pause(name)),
    button('Restart', 'restart', () => api.restart(name)),
    state !== 'STOPPED' && button('Stop', 'stop', () => api.stop(name)),
    h('button', {
      type: 'button', class: 'danger', 'data-test': 'delete',
      onclick: () => {
        if (confirm(`Delete connector ${name}? Its tasks stop; its offsets stay stored.`)) {
          run(`Delete ${name}`, () => api.remove(name), '#/');
        }
      },
    }, 'Delete'));
}
