import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { localized } from '../../../src/domain/journey/localize.js';
import { ActionMarksContext } from '../actions/action-marks.js';
import { useActionsUnderWay } from '../actions/actions-api.js';
import { FilterBar, useUrlFilters } from '../analytics/filter-bar.js';
import { api, exportUrl } from '../api/client.js';
import { ErrorState } from '../components/error-state.js';
import { LoadingState } from '../components/loading-state.js';
import { AddLaneButton } from '../editor/add-lane-button.js';
import { CurvePicker } from '../editor/curve-picker.js';
import { EditorContext, type EditorEnv } from '../editor/editor-context.js';
import { EditorController } from '../editor/editor-controller.js';
import { ExportLinks } from '../editor/export-links.js';
import { MapView } from '../editor/map-view.js';
import { PersonasDialog } from '../editor/personas-dialog.js';
import { SaveStatus } from '../editor/save-status.js';
import { ShareDialog } from '../editor/share-dialog.js';
import { TouchpointPanel } from '../editor/touchpoint-panel.js';
import { UndoButtons } from '../editor/undo-buttons.js';
import { ValueStore } from '../editor/value-store.js';
import { VariantSwitch } from '../editor/variant-switch.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useUndoShortcuts } from '../hooks/use-undo-shortcuts.js';
import { useWorkspaceRole } from '../hooks/use-workspace-role.js';
import { LiveMapContext } from '../live-map/live-context.js';
import { LiveSummary } from '../live-map/live-summary.js';
import { useLiveMap } from '../live-map/use-live-map.js';

/** How often to poll the map's revision; `polku.pollMs` in localStorage overrides it (used by tests). */
function pollInterval(): number {
  try {
    const ms = Number(localStorage.getItem('polku.pollMs'));
    return Number.isFinite(ms) && ms >= 500 ? ms : 4000;
  } catch {
    return 4000;
  }
}

interface Props {
  workspaceId: string;
  journeyId: string;
}

export function EditorPage({ workspaceId, journeyId }: Props) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const role = useWorkspaceRole(workspaceId);
  const readOnly = role !== 'owner' && role !== 'editor';
  const mapQuery = useQuery({
    queryKey: ['map', workspaceId, journeyId],
    queryFn: () => api.journeyMap(workspaceId, journeyId),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const controller = useMemo(
    () => new EditorController(queryClient, workspaceId, journeyId),
    [queryClient, workspaceId, journeyId],
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [activeCurve, setActiveCurve] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'share' | 'personas' | null>(null);
  const [notice, setNotice] = useState('');
  const map = mapQuery.data;
  const [filters, setFilters] = useUrlFilters();
  // live data is on by default when the journey has data; the toggle overrides it
  const [liveChoice, setLiveChoice] = useState<boolean | null>(null);
  const live = useLiveMap(workspaceId, journeyId, filters, { choice: liveChoice });
  const underWay = useActionsUnderWay(workspaceId, journeyId).data?.actions;
  const marks = useMemo(() => {
    const counts = new Map<string, number>();
    for (const a of underWay ?? [])
      for (const id of a.touchpointIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return { counts, href: `/w/${workspaceId}/j/${journeyId}/actions` };
  }, [underWay, workspaceId, journeyId]);
  const liveOn = live.shown;

  useEffect(() => {
    controller.start(pollInterval());
    return () => controller.stop();
  }, [controller]);
  useEffect(() => {
    if (map) controller.noteLoaded(map);
  }, [controller, map]);
  useUndoShortcuts(readOnly ? null : controller);

  const name = map ? localized(map.journey, 'name', lang) : '';
  useDocumentTitle(name);
  const openTouchpoint = useCallback((id: string) => setSelected(id), []);
  const closePanel = useCallback(() => {
    const id = selected;
    setSelected(null);
    if (id) requestAnimationFrame(() => document.getElementById(`tp-${id}`)?.focus());
  }, [selected]);

  // the panel and dialogs do not read the board's selection and curve stores
  const [unused] = useState(() => new ValueStore<string | null>(null));
  const env = useMemo<EditorEnv | null>(
    () =>
      map
        ? {
            controller,
            readOnly,
            lang,
            journeyLanguage: map.journey.language,
            openTouchpoint,
            selection: unused,
            activeCurve: unused,
            armedCell: unused,
          }
        : null,
    [controller, readOnly, lang, map, openTouchpoint, unused],
  );

  if (mapQuery.isPending) return <LoadingState />;
  if (mapQuery.isError) return <ErrorState error={mapQuery.error} onRetry={() => mapQuery.refetch()} />;
  if (!map || !env) return null;

  const touchpoint = selected ? map.touchpoints.find((tp) => tp.id === selected) : undefined;
  const activePersona = map.personas.some((p) => p.id === activeCurve) ? activeCurve : null;

  async function createToBe() {
    try {
      const toBe = await api.createToBe(workspaceId, journeyId);
      queryClient.setQueryData(['map', workspaceId, toBe.journey.id], toBe);
      await queryClient.invalidateQueries({ queryKey: ['map', workspaceId, journeyId] });
      navigate(`/w/${workspaceId}/j/${toBe.journey.id}`);
    } catch (err) {
      setNotice(t('error', { message: (err as Error).message }));
    }
  }

  return (
    <ActionMarksContext.Provider value={marks}>
      <div className="editor">
        <div className="editor-toolbar">
          <div className="title-row">
            <h1>{name}</h1>
            <span className={`badge variant-${map.journey.variant}`}>
              {t(`variant_${map.journey.variant}`)}
            </span>
            {readOnly && <span className="badge">{t('readOnly')}</span>}
            <VariantSwitch
              journey={map.journey}
              workspaceId={workspaceId}
              canEdit={!readOnly}
              onCreateToBe={createToBe}
            />
            {notice && (
              <p role="alert" className="notice">
                {notice}
              </p>
            )}
            <SaveStatus controller={controller} />
          </div>
          <div className="tool-row">
            {!readOnly && <UndoButtons controller={controller} />}
            <CurvePicker personas={map.personas} active={activePersona} onChange={setActiveCurve} />
            <button type="button" onClick={() => setDialog('personas')}>
              {t('personas')} ({map.personas.length})
            </button>
            {!readOnly && <AddLaneButton controller={controller} />}
            {!readOnly && (
              <button type="button" onClick={() => setDialog('share')}>
                {t('share')}
              </button>
            )}
            <ExportLinks href={(format, size) => exportUrl(workspaceId, journeyId, format, size, lang)} />
            <Link href={`/w/${workspaceId}/j/${journeyId}/dashboard`} className="button">
              {t('dashOpen')}
            </Link>
            <Link href={`/w/${workspaceId}/j/${journeyId}/actions`} className="button">
              {t('navActions')}
            </Link>
            <label className="live-toggle">
              <input type="checkbox" checked={liveOn} onChange={(e) => setLiveChoice(e.target.checked)} />
              <span>{t('liveData')}</span>
            </label>
            <Link href={`/w/${workspaceId}/j/${journeyId}/wall${window.location.search}`} className="button">
              {t('liveWall')}
            </Link>
          </div>
          {liveOn && (
            <>
              <FilterBar
                workspaceId={workspaceId}
                journeyId={journeyId}
                value={filters}
                onChange={setFilters}
              />
              <LiveSummary map={map} unmapped={live.unmapped} />
            </>
          )}
          <p className="visually-hidden" aria-live="polite" data-testid="live-announcement">
            {live.announcement}
          </p>
        </div>
        <div className={`editor-body${touchpoint ? ' with-panel' : ''}`}>
          <LiveMapContext.Provider value={live.store}>
            <MapView
              map={map}
              controller={readOnly ? null : controller}
              readOnly={readOnly}
              activeCurve={activePersona}
              selectedTouchpoint={selected}
              onOpenTouchpoint={openTouchpoint}
            />
          </LiveMapContext.Provider>
          {touchpoint && (
            <EditorContext.Provider value={env}>
              <TouchpointPanel key={touchpoint.id} map={map} touchpoint={touchpoint} onClose={closePanel} />
            </EditorContext.Provider>
          )}
        </div>
        {dialog && (
          <EditorContext.Provider value={env}>
            {dialog === 'share' ? (
              <ShareDialog workspaceId={workspaceId} journeyId={journeyId} onClose={() => setDialog(null)} />
            ) : (
              <PersonasDialog
                personas={map.personas}
                active={activePersona}
                onActivate={setActiveCurve}
                onClose={() => setDialog(null)}
              />
            )}
          </EditorContext.Provider>
        )}
      </div>
    </ActionMarksContext.Provider>
  );
}
