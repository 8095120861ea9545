import { type KeyboardEvent, useRef } from 'react';
import type { Language } from '../../../src/domain/journey/vocabulary.js';
import { useI18n } from '../hooks/use-i18n.js';

interface Props {
  languages: readonly Language[];
  active: Language;
  /** How many texts are empty per language. */
  missing: Partial<Record<Language, number>>;
  panelId: string;
  onChange: (lang: Language) => void;
}

export const tabId = (panelId: string, lang: Language) => `${panelId}-tab-${lang}`;

/** Tabs for the survey's languages (arrow keys move between them), each saying what is missing. */
export function LanguageTabs({ languages, active, missing, panelId, onChange }: Props) {
  const { t } = useI18n();
  const refs = useRef(new Map<Language, HTMLButtonElement>());
  function onKeyDown(e: KeyboardEvent, index: number) {
    let next = -1;
    if (e.key === 'ArrowRight') next = (index + 1) % languages.length;
    else if (e.key === 'ArrowLeft') next = (index - 1 + languages.length) % languages.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = languages.length - 1;
    const lang = languages[next];
    if (!lang) return;
    e.preventDefault();
    onChange(lang);
    refs.current.get(lang)?.focus();
  }
  return (
    <div className="language-tabs" role="tablist" aria-label={t('surveyTextLanguage')}>
      {languages.map((l, i) => {
        const count = missing[l] ?? 0;
        return (
          <button
            key={l}
            ref={(el) => {
              if (el) refs.current.set(l, el);
              else refs.current.delete(l);
            }}
            type="button"
            role="tab"
            id={tabId(panelId, l)}
            aria-selected={l === active}
            aria-controls={panelId}
            tabIndex={l === active ? 0 : -1}
            className={count > 0 ? 'has-missing' : undefined}
            onClick={() => onChange(l)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t(`surveyLang_${l}`)}
            {count > 0 ? (
              <span className="missing-count"> · {t('surveyMissingCount', { count })}</span>
            ) : (
              <span className="visually-hidden"> · {t('surveyNothingMissing')}</span>
            )}
          </button>
        );
      })}
    </div>
  );
}
