const locale = (lang: string) => (lang === 'fi' ? 'fi-FI' : 'en-GB');

export function formatNumber(n: number, lang: string): string {
  return n.toLocaleString(locale(lang));
}

/** A bucket's start as a short label: the UTC date for days; date and hour, local time, for hours. */
export function formatBucket(iso: string, bucket: 'day' | 'hour', lang: string): string {
  const d = new Date(iso);
  return bucket === 'day'
    ? d.toLocaleDateString(locale(lang), { day: 'numeric', month: 'numeric', timeZone: 'UTC' })
    : d.toLocaleString(locale(lang), {
        day: 'numeric',
        month: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
}

/** A moment in the reader's time zone, to the minute. */
export function formatTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(locale(lang), { dateStyle: 'short', timeStyle: 'short' });
}

/** At most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
