/**
 * The path of a sparkline through `values` (gaps where null) in a `width` × `height` box
 * with `pad` pixels inside each edge; the y range is the values' own min…max (a flat line
 * in the middle when they are all equal). Coordinates are rounded to 0.1 px.
 */
export function sparklinePath(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): string {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return '';
  const min = Math.min(...present);
  const max = Math.max(...present);
  const r = (v: number) => Math.round(v * 10) / 10;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) / (max - min)) * (height - 2 * pad));
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    const x = values.length > 1 ? pad + i * step : width / 2;
    d += `${pen ? 'L' : 'M'}${r(x)},${r(y(v))} `;
    pen = true;
  });
  return d.trim();
}

/** Hours as a short duration: "14 h" under two days, else "3.5 days". */
export function formatHours(hours: number, dayWord = 'days'): string {
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round((hours / 24) * 10) / 10} ${dayWord}`;
}
