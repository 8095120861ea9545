import type { Translate } from '../i18n/i18n-context.js';

const KNOWN = ['api', 'tracker', 'import', 'survey', 'demo'] as const;
type Known = (typeof KNOWN)[number];

/** The UI name of a data source (API, website tracker, import …); unknown sources as sent. */
export function sourceLabel(t: Translate, source: string): string {
  return (KNOWN as readonly string[]).includes(source) ? t(`dataSource_${source as Known}`) : source;
}
