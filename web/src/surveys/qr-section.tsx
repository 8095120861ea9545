import { useId, useState } from 'react';
import { useI18n } from '../hooks/use-i18n.js';
import { type DistributionInfo, surveyPath } from './distribution-api.js';
import { SurveyLanguageSelect } from './survey-language-select.js';

const QR_CHANNELS = [
  'store',
  'delivery',
  'print',
  'event',
  'phone',
  'email',
  'web',
  'app',
  'partner',
  'other',
] as const;

/** A QR code of the survey's link for a counter, a parcel or a poster: preview and download. */
export function QrSection({
  workspaceId,
  surveyId,
  info,
}: {
  workspaceId: string;
  surveyId: string;
  info: DistributionInfo;
}) {
  const { t } = useI18n();
  const id = useId();
  const channelOf = (key: string) => {
    const c = info.touchpoints.find((tp) => tp.key === key)?.channel;
    return c && (QR_CHANNELS as readonly string[]).includes(c) ? c : 'store';
  };
  const [touchpoint, setTouchpoint] = useState(info.boundTouchpointKey ?? '');
  const [channel, setChannel] = useState<string>(() => channelOf(info.boundTouchpointKey ?? ''));
  const [lang, setLang] = useState('');
  const query = new URLSearchParams();
  if (touchpoint) query.set('touchpoint', touchpoint);
  if (channel) query.set('channel', channel);
  if (lang) query.set('lang', lang);
  const url = (ext: 'svg' | 'png', download = false) =>
    `${surveyPath(workspaceId, surveyId)}/qr.${ext}?${query.toString()}${download ? '&download=1' : ''}`;
  return (
    <div className="panel qr-section">
      <h3>{t('distQrTitle')}</h3>
      <p className="hint">{t('distQrHint')}</p>
      <div className="inline-form">
        <label htmlFor={`${id}-tp`}>
          {t('distQrTouchpoint')}
          <select
            id={`${id}-tp`}
            value={touchpoint}
            onChange={(e) => {
              setTouchpoint(e.target.value);
              setChannel(channelOf(e.target.value));
            }}
          >
            <option value="">{t('distQrNoTouchpoint')}</option>
            {info.touchpoints.map((tp) => (
              <option key={tp.id} value={tp.key}>
                {tp.name} ({tp.key})
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-ch`}>
          {t('distQrChannel')}
          <select id={`${id}-ch`} value={channel} onChange={(e) => setChannel(e.target.value)}>
            {QR_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel_${c}`)}
              </option>
            ))}
          </select>
        </label>
        <SurveyLanguageSelect id={`${id}-lang`} languages={info.languages} value={lang} onChange={setLang} />
      </div>
      <div className="qr-preview">
        <img src={url('svg')} alt={t('distQrAlt')} width={180} height={180} />
        <div className="button-row">
          <a className="button" href={url('svg', true)} download>
            {t('distQrDownloadSvg')}
          </a>
          <a className="button" href={url('png', true)} download>
            {t('distQrDownloadPng')}
          </a>
        </div>
      </div>
    </div>
  );
}
