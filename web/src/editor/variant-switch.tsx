import { Link } from 'wouter';
import type { Journey } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';

interface Props {
  journey: Journey;
  workspaceId: string;
  canEdit: boolean;
  onCreateToBe: () => void;
}

/** Switches between the as-is journey and its to-be version, or offers to create one. */
export function VariantSwitch({ journey, workspaceId, canEdit, onCreateToBe }: Props) {
  const { t } = useI18n();
  const other = journey.variantOf;
  const asIsId = journey.variant === 'as_is' ? journey.id : other;
  const toBeId = journey.variant === 'to_be' ? journey.id : other;
  return (
    <nav className="variant-switch" aria-label={t('version')}>
      {asIsId ? (
        <Link
          href={`/w/${workspaceId}/j/${asIsId}`}
          aria-current={journey.variant === 'as_is' ? 'page' : undefined}
          className="segment"
        >
          {t('asIs')}
        </Link>
      ) : (
        <span className="segment">{t('asIs')}</span>
      )}
      {toBeId ? (
        <Link
          href={`/w/${workspaceId}/j/${toBeId}`}
          aria-current={journey.variant === 'to_be' ? 'page' : undefined}
          className="segment"
        >
          {t('toBe')}
        </Link>
      ) : canEdit ? (
        <button type="button" className="segment" onClick={onCreateToBe}>
          + {t('createToBe')}
        </button>
      ) : null}
    </nav>
  );
}
