/** A two-panel SVG line chart (throughput and p95 against scale, one line per server), hand-drawn. */
export interface Series {
  name: string;
  color: string;
  /** [scale, value] pairs, in scale order. */
  points: [number, number][];
}

const W = 420;
const H = 300;
const M = { left: 60, right: 15, top: 35, bottom: 45 };

function panel(title: string, unit: string, series: Series[], offsetX: number): string {
  const scales = [...new Set(series.flatMap((s) => s.points.map(([x]) => x)))].sort((a, b) => a - b);
  const values = series.flatMap((s) => s.points.map(([, y]) => y)).filter(Number.isFinite);
  const maxY = Math.max(1, ...values) * 1.1;
  const logMin = Math.log10(Math.max(1, scales[0] ?? 1));
  const logMax = Math.log10(Math.max(10, scales[scales.length - 1] ?? 10));
  const x = (scale: number) => M.left + ((Math.log10(scale) - logMin) / (logMax - logMin || 1)) * (W - M.left - M.right);
  const y = (value: number) => H - M.bottom - (value / maxY) * (H - M.top - M.bottom);
  const parts = [`<g transform="translate(${offsetX},0)">`, `<text x="${W / 2}" y="20" text-anchor="middle" font-weight="bold">${title}</text>`];
  parts.push(`<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="#333"/>`);
  parts.push(`<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#333"/>`);
  for (let i = 0; i <= 4; i++) {
    const value = (maxY / 4) * i;
    parts.push(`<line x1="${M.left}" y1="${y(value)}" x2="${W - M.right}" y2="${y(value)}" stroke="#ddd"/>`);
    parts.push(`<text x="${M.left - 6}" y="${y(value) + 4}" text-anchor="end" font-size="11">${value.toFixed(value < 10 ? 1 : 0)}</text>`);
  }
  for (const scale of scales) {
    parts.push(`<text x="${x(scale)}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11">${scale}</text>`);
  }
  parts.push(`<text x="${W / 2}" y="${H - 8}" text-anchor="middle" font-size="12">scale (synthetic articles, log)</text>`);
  parts.push(`<text x="14" y="${H / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 14 ${H / 2})">${unit}</text>`);
  for (const s of series) {
    const points = s.points.filter(([, v]) => Number.isFinite(v));
    parts.push(
      `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points.map(([sx, sy]) => `${x(sx).toFixed(1)},${y(sy).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const [sx, sy] of points) parts.push(`<circle cx="${x(sx).toFixed(1)}" cy="${y(sy).toFixed(1)}" r="3" fill="${s.color}"/>`);
  }
  parts.push('</g>');
  return parts.join('\n');
}

export function renderChart(throughput: Series[], p95: Series[], caption: string): string {
  const legend = throughput
    .map(
      (s, i) =>
        `<rect x="${70 + i * 170}" y="${H + 8}" width="12" height="12" fill="${s.color}"/><text x="${88 + i * 170}" y="${H + 19}" font-size="12">${s.name}</text>`,
    )
    .join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H + 50}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    panel('Throughput (req/s, higher is better)', 'requests per second', throughput, 0),
    panel('p95 latency (ms, lower is better)', 'milliseconds', p95, W),
    legend,
    `<text x="${W}" y="${H + 42}" text-anchor="middle" font-size="11" fill="#555">${caption}</text>`,
    '</svg>',
  ].join('\n');
}
