/** Number formats of the dashboards; `lang` picks the locale (fi: decimal comma). */
const locale = (lang: string) => (lang === 'fi' ? 'fi-FI' : 'en-GB');

/** A value to `digits` decimals, with an ASCII minus ("-12") so copies stay numbers. */
export function fmt(value: number | null | undefined, lang: string, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const rounded = Number(value.toFixed(digits));
  return (Object.is(rounded, -0) ? 0 : rounded)
    .toLocaleString(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .replace('\u2212', '-');
}

/** A change with its sign: "+3", "-1.5", "0". */
export function fmtDelta(delta: number | null | undefined, lang: string, digits = 0): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return '–';
  const text = fmt(delta, lang, digits);
  return Number(delta.toFixed(digits)) > 0 ? `+${text}` : text;
}

/** An interval as "low…high". */
export function fmtInterval(
  interval: { low: number; high: number } | null | undefined,
  lang: string,
  digits = 0,
): string {
  return interval ? `${fmt(interval.low, lang, digits)}…${fmt(interval.high, lang, digits)}` : '–';
}

/** A share 0…1 as a percentage: "42 %" (fi) or "42%" (en). */
export function fmtShare(share: number | null | undefined, lang: string, digits = 0): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return `${fmt(share * 100, lang, digits)}${lang === 'fi' ? ' %' : '%'}`;
}

/** Hours as a readable duration: minutes under an hour, hours under two days, else days. */
export function fmtHours(hours: number | null | undefined, lang: string): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return '–';
  if (hours < 1) return `${fmt(hours * 60, lang)} min`;
  if (hours < 48) return `${fmt(hours, lang, 1)} h`;
  return `${fmt(hours / 24, lang, 1)} ${lang === 'fi' ? 'vrk' : 'd'}`;
}
