/**
 * docs/performance-chart.svg: time to highlight against page size for Glosa, mark.js and the floor.
 * Both axes are logarithmic: mark.js is orders of magnitude slower, and a straight line of slope 1 is
 * linear growth, so linearity can be read off the chart.
 */

export interface ChartSeries {
  name: string;
  color: string;
  /** Dashed: figures that are estimates rather than measurements. */
  dashed?: boolean;
  points: { x: number; y: number }[];
}

const WIDTH = 720;
const HEIGHT = 440;
const LEFT = 70;
const RIGHT = 170;
const TOP = 40;
const BOTTOM = 56;

function decades(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let power = Math.floor(Math.log10(min)); power <= Math.ceil(Math.log10(max)); power++)
    ticks.push(10 ** power);
  return ticks;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function tickLabel(value: number, unit: string): string {
  if (unit === 'ms' && value >= 1000) return `${value / 1000} s`;
  return `${value} ${unit}`;
}

export function renderChart(title: string, series: readonly ChartSeries[]): string {
  const points = series.flatMap((line) => line.points).filter((p) => p.x > 0 && p.y > 0);
  const xTicks = [0.1, 0.2, 0.5, 1, 2, 5].filter(
    (tick) =>
      tick >= Math.min(...points.map((p) => p.x)) / 1.5 && tick <= Math.max(...points.map((p) => p.x)) * 1.5,
  );
  const yTicks = decades(Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y)));
  const [xMin, xMax] = [Math.log10(xTicks[0] ?? 0.1), Math.log10(xTicks[xTicks.length - 1] ?? 5)];
  const [yMin, yMax] = [Math.log10(yTicks[0] ?? 1), Math.log10(yTicks[yTicks.length - 1] ?? 10)];
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const sx = (x: number) => LEFT + ((Math.log10(x) - xMin) / (xMax - xMin || 1)) * plotWidth;
  const sy = (y: number) => TOP + plotHeight - ((Math.log10(y) - yMin) / (yMax - yMin || 1)) * plotHeight;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${LEFT}" y="24" font-size="15" font-weight="600">${escapeXml(title)}</text>`,
  ];
  for (const tick of yTicks) {
    const y = sy(tick).toFixed(1);
    out.push(`<line x1="${LEFT}" x2="${LEFT + plotWidth}" y1="${y}" y2="${y}" stroke="#e3e3e3"/>`);
    out.push(
      `<text x="${LEFT - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${tickLabel(tick, 'ms')}</text>`,
    );
  }
  for (const tick of xTicks) {
    const x = sx(tick).toFixed(1);
    out.push(`<line x1="${x}" x2="${x}" y1="${TOP}" y2="${TOP + plotHeight}" stroke="#e3e3e3"/>`);
    out.push(
      `<text x="${x}" y="${TOP + plotHeight + 18}" text-anchor="middle">${tickLabel(tick, 'MB')}</text>`,
    );
  }
  out.push(
    `<rect x="${LEFT}" y="${TOP}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#888"/>`,
    `<text x="${LEFT + plotWidth / 2}" y="${HEIGHT - 12}" text-anchor="middle">page text (MB, log scale)</text>`,
    `<text transform="translate(16 ${TOP + plotHeight / 2}) rotate(-90)" text-anchor="middle">time to all highlights (log scale)</text>`,
  );
  series.forEach((line, index) => {
    const visible = line.points.filter((p) => p.x > 0 && p.y > 0);
    const path = visible.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
    const dash = line.dashed ? ' stroke-dasharray="6 4"' : '';
    out.push(`<polyline points="${path}" fill="none" stroke="${line.color}" stroke-width="2.5"${dash}/>`);
    for (const p of visible) {
      out.push(
        `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3.5" fill="${line.color}"/>`,
      );
    }
    const legendY = TOP + 10 + index * 22;
    const legendX = LEFT + plotWidth + 16;
    out.push(
      `<line x1="${legendX}" x2="${legendX + 24}" y1="${legendY}" y2="${legendY}" stroke="${line.color}" stroke-width="2.5"${dash}/>`,
      `<text x="${legendX + 30}" y="${legendY}" dominant-baseline="middle">${escapeXml(line.name)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
