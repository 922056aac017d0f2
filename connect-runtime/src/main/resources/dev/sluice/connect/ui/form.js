import { api } from './api.js';
import { h, replace } from './dom.js';
import { previewConfig, previewPanel } from './preview.js';

// Fixed by the plugin chosen; the form never shows it as a field.
const CONNECTOR_CLASS = 'connector.class';
const OTHER = 'Other settings';
// Groups every connector has; the plugin's own groups are opened instead of these, except for Common.
const FOLDED_UNLESS_USED = new Set(['Transforms', 'Predicates', 'Error Handling', 'Topic Creation', 'Exactly Once Support',
  'offsets.topic', 'Plugin Versions']);

/**
 * The create form (no `name`) or the edit form of connector `name`, built from what the worker's validate endpoint
 * says about the plugin: every setting with its type, default, documentation and, after a submit, the worker's
 * error messages beside the fields they are about.
 */
export async function connectorForm(root, name, model, banner) {
  if (name === undefined) {
    await createForm(root, banner);
    return;
  }
  const config = model.connectors[name]?.info?.config;
  if (!config) {
    replace(root, h('h1', {}, name), h('div', { class: 'card muted' }, 'This worker\'s cluster has no connector of that name.'));
    return;
  }
  const body = h('div');
  replace(root, h('h1', {}, `Edit ${name}`), body);
  await load(body, { plugin: config[CONNECTOR_CLASS], values: { ...config }, existingName: name, banner });
}

async function createForm(root, banner) {
  const plugins = (await api.plugins()).filter((p) => p.type === 'source' || p.type === 'sink');
  const body = h('div');
  const select = h('select', {
    id: 'plugin', 'data-test': 'plugin',
    onchange: () => (select.value ? load(body, { plugin: select.value, values: {}, banner }) : replace(body)),
  }, h('option', { value: '' }, 'Choose a connector plugin…'),
  plugins.map((p) => h('option', { value: p.class }, `${p.class.split('.').pop()} (${p.type} ${p.version})`)));
  replace(root, h('h1', {}, 'New connector'),
    h('div', { class: 'card field' }, h('label', { for: 'plugin' }, 'Plugin'), select), body);
}

async function load(container, context) {
  const { plugin, values } = context;
  const [infos, own] = await Promise.all([
    api.validate(plugin, { ...values, [CONNECTOR_CLASS]: plugin, name: values.name ?? '' }),
    api.pluginConfig(plugin),
  ]);
  // The first look shows the settings; errors only once the user has submitted something.
  render(container, { ...context, infos, ownKeys: new Set(own.map((key) => key.name)), showErrors: context.existingName !== undefined });
}

function render(container, context) {
  const { plugin, infos, ownKeys, values, showErrors, existingName, banner } = context;
  const groups = groupedSettings(infos, values);
  const form = h('form', { 'data-test': 'connector-form' });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const config = collect(form, plugin, existingName);
    try {
      const result = await api.validate(plugin, config);
      if (result.error_count > 0) {
        render(container, { ...context, infos: result, values: config, showErrors: true });
        banner(`${result.error_count} setting(s) need attention; the messages are beside them.`, true);
        return;
      }
      const saved = existingName ?? config.name;
      if (existingName) {
        await api.updateConfig(existingName, config);
      } else {
        await api.create(saved, config);
      }
      banner(`${existingName ? 'Saved' : 'Created'} ${saved}`);
      location.hash = `#/connectors/${encodeURIComponent(saved)}`;
    } catch (error) {
      banner(error.message, true);
    }
  });
  if (showErrors && infos.error_count > 0) {
    form.append(h('div', { class: 'card', 'data-test': 'form-errors' },
      `${infos.error_count} setting(s) need attention.`));
  }
  for (const [group, settings] of groups) {
    const used = settings.some(({ definition, value }) => (values[definition.name] ?? '') !== ''
      || (showErrors && value.errors.length > 0));
    const open = group === 'Common' || used || group === OTHER
      || (!FOLDED_UNLESS_USED.has(group) && settings.some(({ definition }) => ownKeys.has(definition.name)));
    form.append(h('details', { class: 'group', open },
      h('summary', {}, group),
      settings.map((setting) => field(setting, values, showErrors, existingName))));
  }
  form.append(previewPanel(`form:${existingName ?? ''}:${plugin}`,
    previewConfig(plugin, () => collect(form, plugin, existingName))));
  form.append(h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'primary', 'data-test': 'save' }, existingName ? 'Save' : 'Create'),
    h('a', { class: 'button', href: existingName ? `#/connectors/${encodeURIComponent(existingName)}` : '#/' }, 'Cancel')));
  replace(container, form);
}

/** Settings by group in the worker's order, each group in its ConfigDef order; keys no ConfigDef knows go last. */
function groupedSettings(infos, values) {
  const groups = new Map(infos.groups.map((group) => [group, []]));
  const known = new Set();
  for (const setting of infos.configs) {
    const key = setting.definition.name;
    known.add(key);
    if (key !== CONNECTOR_CLASS) {
      const group = setting.definition.group || OTHER;
      (groups.get(group) ?? groups.set(group, []).get(group)).push(setting);
    }
  }
  for (const settings of groups.values()) {
    settings.sort((a, b) => a.definition.order_in_group - b.definition.order_in_group);
  }
  const unknown = Object.keys(values).filter((key) => !known.has(key) && key !== CONNECTOR_CLASS).sort();
  const other = groups.get(OTHER) ?? groups.set(OTHER, []).get(OTHER);
  for (const key of unknown) {
    other.push({
      definition: { name: key, type: 'STRING', documentation: 'Defined by no ConfigDef here; passed on as it is.' },
      value: { errors: [], recommended_values: [] },
    });
  }
  other.push({ definition: { name: '', type: 'MORE' }, value: { errors: [], recommended_values: [] } });
  return [...groups].filter(([, settings]) => settings.length > 0);
}

function field({ definition, value }, values, showErrors, existingName) {
  const key = definition.name;
  if (definition.type === 'MORE') {
    return h('div', { class: 'field' },
      h('label', { for: 'more-settings' }, 'More settings', h('code', {}, 'key=value, one per line')),
      h('textarea', { id: 'more-settings', 'data-test': 'more-settings', rows: 3, name: '' }));
  }
  const id = `setting-${key}`;
  const current = values[key] ?? '';
  const errors = showErrors ? value.errors ?? [] : [];
  const recommended = value.recommended_values ?? [];
  let input;
  if (definition.type === 'BOOLEAN') {
    input = h('select', { id, name: key },
      h('option', { value: '', selected: current === '' }, `default (${definition.default_value ?? 'none'})`),
      ['true', 'false'].map((choice) => h('option', { value: choice, selected: current === choice }, choice)));
  } else {
    input = h('input', {
      id, name: key, value: current, autocomplete: 'off',
      type: definition.type === 'PASSWORD' ? 'password' : 'text',
      placeholder: definition.default_value ?? '',
      list: recommended.length ? `${id}-values` : null,
      readonly: key === 'name' && existingName !== undefined,
    });
  }
  return h('div', { class: errors.length ? 'field invalid' : 'field', 'data-setting': key },
    h('label', { for: id }, definition.display_name || key,
      definition.required ? h('span', { class: 'required', title: 'required' }, ' *') : null, h('code', {}, key)),
    h('div', {}, input,
      recommended.length ? h('datalist', { id: `${id}-values` }, recommended.map((v) => h('option', { value: v }))) : null),
    definition.documentation ? h('div', { class: 'doc' }, definition.documentation) : null,
    errors.length ? h('div', { class: 'field-error', 'data-test': 'field-error' }, errors.join(' ')) : null);
}

/** The config the form describes: every field with a value, the "more settings" lines, the plugin and the name. */
function collect(form, plugin, existingName) {
  const config = { [CONNECTOR_CLASS]: plugin };
  for (const element of form.elements) {
    if (element.name && element.value !== '') {
      config[element.name] = element.value;
    }
  }
  for (const line of form.querySelector('#more-settings').value.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) {
      config[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  if (existingName !== undefined) {
    config.name = existingName;
  }
  return config;
}
