import { HISTORY } from './rates.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A line of the last rates, scaled to the highest of them; room for HISTORY points, newest on the right. */
export function sparkline(values, width = 160, height = 28) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'spark');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const top = Math.max(1, ...values);
  const step = width / (HISTORY - 1);
  const offset = (HISTORY - values.length) * step;
  const points = values.map((value, i) =>
    `${(offset + i * step).toFixed(1)},${(height - 2 - (value / top) * (height - 4)).toFixed(1)}`);
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', points.join(' '));
  svg.append(line);
  const title = document.createElementNS(SVG, 'title');
  title.textContent = `peak ${Math.round(top)} records/s over the last ${values.length} samples`;
  svg.append(title);
  return svg;
}
