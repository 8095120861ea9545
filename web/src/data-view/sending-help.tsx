import { Link } from 'wouter';
import { useI18n } from '../hooks/use-i18n.js';

/** How to send data: the ingest API with curl, the website tracker snippet, and imports. */
export function SendingHelp({ workspaceId, touchpointKey }: { workspaceId: string; touchpointKey: string }) {
  const { t } = useI18n();
  const origin = window.location.origin;
  const event = JSON.stringify({
    events: [{ touchpoint: touchpointKey, name: 'order_placed', customerId: 'c-123', value: 49.9 }],
  });
  const curl = [
    `curl -X POST ${origin}/api/ingest/events \\`,
    '  -H "Authorization: Bearer pk_YOUR_INGEST_KEY" \\',
    '  -H "Content-Type: application/json" \\',
    `  -d '${event}'`,
  ].join('\n');
  const snippet = [
    '<script>',
    '  window.polku = window.polku || function () { (polku.q = polku.q || []).push(arguments); };',
    "  // when the visitor accepts analytics: polku('consent', true);",
    "  // a custom event: polku('event', 'signup', { touchpoint: 'newsletter' });",
    '</script>',
    `<script async src="${origin}/t.js" data-key="pk_YOUR_INGEST_KEY" data-consent="required"></script>`,
  ].join('\n');
  return (
    <>
      <p>
        {t('dataHowKey')} <Link href={`/w/${workspaceId}/settings`}>{t('dataHowKeyLink')}</Link>
      </p>
      <h3>{t('dataHowApi')}</h3>
      <pre className="code-block">
        <code>{curl}</code>
      </pre>
      <h3>{t('dataHowTracker')}</h3>
      <p>{t('dataHowTrackerText')}</p>
      <pre className="code-block">
        <code>{snippet}</code>
      </pre>
      <h3>{t('dataHowImport')}</h3>
      <p>
        {t('dataHowImportText')} <Link href={`/w/${workspaceId}/import`}>{t('dataHowImportLink')}</Link>
      </p>
    </>
  );
}
