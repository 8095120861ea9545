import { useId, useState } from 'react';
import { CopyField } from '../components/copy-field.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { DistributionInfo } from './distribution-api.js';
import { SurveyLanguageSelect } from './survey-language-select.js';

type Trigger = 'delay' | 'exit' | 'url' | 'manual';

/** The `<script>` tag that shows the survey on the customer's own website, built from options. */
export function widgetSnippet(
  scriptUrl: string,
  surveyId: string,
  o: { trigger: Trigger; delay: number; url: string; sample: number; cooldownDays: number; lang: string },
): string {
  const attrs = [`src="${scriptUrl}"`, `data-survey="${surveyId}"`, `data-trigger="${o.trigger}"`];
  if (o.trigger === 'delay' || o.trigger === 'url') attrs.push(`data-delay="${o.delay}"`);
  if (o.url.trim()) attrs.push(`data-url="${o.url.trim().replace(/"/g, '&quot;')}"`);
  attrs.push(`data-sample="${o.sample}"`, `data-cooldown-days="${o.cooldownDays}"`);
  if (o.lang) attrs.push(`data-lang="${o.lang}"`);
  return `<script ${attrs.join(' ')} async></script>`;
}

export function WidgetSnippet({ surveyId, info }: { surveyId: string; info: DistributionInfo }) {
  const { t } = useI18n();
  const id = useId();
  const [trigger, setTrigger] = useState<Trigger>('delay');
  const [delay, setDelay] = useState(5);
  const [url, setUrl] = useState('');
  const [sample, setSample] = useState(100);
  const [cooldownDays, setCooldownDays] = useState(30);
  const [lang, setLang] = useState('');
  const code = widgetSnippet(info.widgetScriptUrl, surveyId, {
    trigger,
    delay,
    url,
    sample: Math.round(sample) / 100,
    cooldownDays,
    lang,
  });
  const num = (v: string, min: number, max: number) => Math.min(max, Math.max(min, Number(v) || 0));
  return (
    <div className="panel widget-snippet">
      <h3>{t('distWidgetTitle')}</h3>
      <p className="hint">{t('distWidgetHint')}</p>
      <div className="inline-form">
        <label htmlFor={`${id}-trigger`}>
          {t('distWidgetTrigger')}
          <select
            id={`${id}-trigger`}
            value={trigger}
            onChange={(e) => setTrigger(e.target.value as Trigger)}
          >
            <option value="delay">{t('distTrigger_delay')}</option>
            <option value="exit">{t('distTrigger_exit')}</option>
            <option value="url">{t('distTrigger_url')}</option>
            <option value="manual">{t('distTrigger_manual')}</option>
          </select>
        </label>
        {(trigger === 'delay' || trigger === 'url') && (
          <label htmlFor={`${id}-delay`}>
            {t('distWidgetDelay')}
            <input
              id={`${id}-delay`}
              type="number"
              min={0}
              max={600}
              value={delay}
              onChange={(e) => setDelay(num(e.target.value, 0, 600))}
            />
          </label>
        )}
        <label htmlFor={`${id}-url`}>
          {t('distWidgetUrl')}
          <input
            id={`${id}-url`}
            type="text"
            placeholder="/checkout/*"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <label htmlFor={`${id}-sample`}>
          {t('distWidgetSample')}
          <input
            id={`${id}-sample`}
            type="number"
            min={0}
            max={100}
            value={sample}
            onChange={(e) => setSample(num(e.target.value, 0, 100))}
          />
        </label>
        <label htmlFor={`${id}-cool`}>
          {t('distWidgetCooldown')}
          <input
            id={`${id}-cool`}
            type="number"
            min={0}
            max={365}
            value={cooldownDays}
            onChange={(e) => setCooldownDays(num(e.target.value, 0, 365))}
          />
        </label>
        <SurveyLanguageSelect id={`${id}-lang`} languages={info.languages} value={lang} onChange={setLang} />
      </div>
      <CopyField label={t('distWidgetCode')} value={code} />
      <p className="hint">{t('distWidgetApi')}</p>
    </div>
  );
}
