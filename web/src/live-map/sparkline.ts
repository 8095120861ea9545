/**
 * The points of a sparkline through `values` (null at gaps) in a `width` × `height` box with
 * `pad` pixels inside each edge; the y range is the values' own min…max (a flat line in the
 * middle when they are all equal). Coordinates are rounded to 0.1 px.
 */
export function sparklinePoints(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): ({ x: number; y: number } | null)[] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return values.map(() => null);
  const min = Math.min(...present);
  const max = Math.max(...present);
  const r = (v: number) => Math.round(v * 10) / 10;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) / (max - min)) * (height - 2 * pad));
  return values.map((v, i) =>
    v === null ? null : { x: r(values.length > 1 ? pad + i * step : width / 2), y: r(y(v)) },
  );
}

/** The sparkline's path: lines between neighbouring values, broken at gaps. */
export function sparklinePath(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): string {
  let d = '';
  let pen = false;
  for (const p of sparklinePoints(values, width, height, pad)) {
    if (p === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${p.x},${p.y} `;
    pen = true;
  }
  return d.trim();
}

/** Hours as a short duration: "14 h" under two days, else "3.5 days". */
export function formatHours(hours: number, dayWord = 'days'): string {
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round((hours / 24) * 10) / 10} ${dayWord}`;
}
