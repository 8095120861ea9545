import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { localized, textEdit } from '../../../src/domain/journey/localize.js';
import { api } from '../api/client.js';
import type { JourneySummary } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';

interface Props {
  journey: JourneySummary;
  workspaceId: string;
  canEdit: boolean;
  onChanged: () => Promise<unknown>;
  onMessage: (message: string) => void;
}

export function JourneyRow({ journey, workspaceId, canEdit, onChanged, onMessage }: Props) {
  const { t, lang } = useI18n();
  const [renaming, setRenaming] = useState(false);
  const name = localized(journey, 'name', lang);
  const [draft, setDraft] = useState(name);

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      await onChanged();
    } catch (err) {
      onMessage(t('error', { message: (err as Error).message }));
    }
  }

  function rename(e: FormEvent) {
    e.preventDefault();
    setRenaming(false);
    const body = {
      version: journey.version,
      ...textEdit(journey, 'name', draft.trim(), lang, journey.language),
    };
    void run(() => api.patchJourney(workspaceId, journey.id, body));
  }

  return (
    <li className="journey-row">
      <div className="journey-main">
        {renaming ? (
          <form onSubmit={rename} className="inline-form">
            <label>
              {t('newName', { name })}
              <input value={draft} required onChange={(e) => setDraft(e.target.value)} />
            </label>
            <button type="submit" className="primary">
              {t('save')}
            </button>
            <button type="button" onClick={() => setRenaming(false)}>
              {t('cancel')}
            </button>
          </form>
        ) : (
          <h3>
            <Link href={`/w/${workspaceId}/j/${journey.id}`}>{name}</Link>
          </h3>
        )}
        <p className="meta">
          <span className={`badge variant-${journey.variant}`}>{t(`variant_${journey.variant}`)}</span>{' '}
          {journey.archivedAt && <span className="badge">{t('archived')}</span>}{' '}
          {t('stagesCount', { n: journey.stageCount })} ·{' '}
          {t('touchpointsCount', { n: journey.touchpointCount })}
        </p>
      </div>
      {canEdit && !renaming && (
        <div className="row-actions">
          <button
            type="button"
            aria-label={`${t('rename')}: ${name}`}
            onClick={() => {
              setDraft(name);
              setRenaming(true);
            }}
          >
            {t('rename')}
          </button>
          <button
            type="button"
            aria-label={`${t('duplicate')}: ${name}`}
            onClick={() => run(() => api.duplicateJourney(workspaceId, journey.id, t('copyOf', { name })))}
          >
            {t('duplicate')}
          </button>
          <button
            type="button"
            aria-label={`${journey.archivedAt ? t('unarchive') : t('archive')}: ${name}`}
            onClick={() =>
              run(() =>
                api.patchJourney(workspaceId, journey.id, {
                  version: journey.version,
                  archived: !journey.archivedAt,
                }),
              )
            }
          >
            {journey.archivedAt ? t('unarchive') : t('archive')}
          </button>
        </div>
      )}
    </li>
  );
}
