// Elements built from data, never from HTML strings: connector names, configs and traces are user input.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'value') {
      element.value = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

export function replace(target, ...children) {
  target.replaceChildren();
  append(target, children);
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
}

export function stateBadge(state, test) {
  return h('span', { class: `state ${state ?? ''}`, 'data-test': test }, state ?? 'UNKNOWN');
}

export function connectorLink(name) {
  return h('a', { href: `#/connectors/${encodeURIComponent(name)}`, 'data-test': 'connector-link' }, name);
}
