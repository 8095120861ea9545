import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { localized } from '../../../src/domain/journey/localize.js';
import { ApiError, api, sharedExportUrl } from '../api/client.js';
import { ErrorState } from '../components/error-state.js';
import { LanguageSwitch } from '../components/language-switch.js';
import { LoadingState } from '../components/loading-state.js';
import { CurvePicker } from '../editor/curve-picker.js';
import { ExportLinks } from '../editor/export-links.js';
import { MapView } from '../editor/map-view.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';

const noop = () => {};

/** A journey map behind a read-only link: no account, no edit controls. */
export function SharePage({ token }: { token: string }) {
  const { t, lang } = useI18n();
  const query = useQuery({ queryKey: ['share', token], queryFn: () => api.sharedMap(token), retry: false });
  const [curve, setCurve] = useState<string | null>(null);
  const name = query.data ? localized(query.data.journey, 'name', lang) : t('sharedView');
  useDocumentTitle(name);
  return (
    <div className="app share">
      <header className="app-header">
        <span className="brand">Polku</span>
        <span className="badge">{t('sharedView')}</span>
        <div className="header-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="editor">
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          query.error instanceof ApiError && query.error.status === 404 ? (
            <>
              <h1>{t('sharedView')}</h1>
              <p role="alert">{t('shareInvalid')}</p>
            </>
          ) : (
            <ErrorState error={query.error} />
          )
        ) : (
          <>
            <div className="editor-toolbar">
              <div className="title-row">
                <h1>{name}</h1>
                <span className="badge">{t('readOnly')}</span>
              </div>
              <div className="tool-row">
                <CurvePicker personas={query.data.personas} active={curve} onChange={setCurve} />
                <ExportLinks
                  href={(format, size) =>
                    format === 'json' ? null : sharedExportUrl(token, format, size, lang)
                  }
                />
              </div>
            </div>
            <div className="editor-body">
              <MapView
                map={query.data}
                controller={null}
                readOnly
                activeCurve={curve}
                selectedTouchpoint={null}
                onOpenTouchpoint={noop}
              />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
