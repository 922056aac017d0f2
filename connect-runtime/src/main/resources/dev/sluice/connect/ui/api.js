// The REST API the console runs on: the calls curl makes, relative to the worker that serves the console (/ui/ →
// /), so a reverse proxy in front of the worker may put both under any prefix.

const ROOT = new URL('..', document.baseURI);
const enc = encodeURIComponent;

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(new URL(path, ROOT), {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, data?.message ?? `${response.status} ${response.statusText}`);
  }
  return data;
}

const connector = (name) => `connectors/${enc(name)}`;

export const api = {
  server: () => call('GET', ''),
  connectors: () => call('GET', 'connectors?expand=status&expand=info'),
  plugins: () => call('GET', 'connector-plugins'),
  pluginConfig: (plugin) => call('GET', `connector-plugins/${enc(plugin)}/config`),
  validate: (plugin, config) => call('PUT', `connector-plugins/${enc(plugin)}/config/validate`, config),
  create: (name, config) => call('POST', 'connectors', { name, config }),
  updateConfig: (name, config) => call('PUT', `${connector(name)}/config`, config),
  pause: (name) => call('PUT', `${connector(name)}/pause`),
  resume: (name) => call('PUT', `${connector(name)}/resume`),
  stop: (name) => call('PUT', `${connector(name)}/stop`),
  restart: (name) => call('POST', `${connector(name)}/restart?includeTasks=true&onlyFailed=false`),
  restartTask: (name, task) => call('POST', `${connector(name)}/tasks/${task}/restart`),
  remove: (name) => call('DELETE', connector(name)),
  offsets: (name) => call('GET', `${connector(name)}/offsets`),
  previewConnector: (name, { limit, timeoutMs }) =>
    call('POST', `${connector(name)}/preview?limit=${limit}&timeoutMs=${timeoutMs}`),
  previewConfig: (plugin, config, { limit, timeoutMs }) =>
    call('PUT', `connector-plugins/${enc(plugin)}/preview?limit=${limit}&timeoutMs=${timeoutMs}`, config),
  async metrics() {
    const response = await fetch(new URL('metrics', ROOT));
    return response.ok ? response.text() : '';
  },
};
