import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { api } from '../api/client.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useTemplates } from '../hooks/use-templates.js';

export function JourneyCreateForm({ workspaceId }: { workspaceId: string }) {
  const { t, lang } = useI18n();
  const templates = useTemplates();
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState('image-purchase-usage');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const map = await api.createJourney(workspaceId, { name: name.trim(), templateId, language: lang });
      queryClient.setQueryData(['map', workspaceId, map.journey.id], map);
      await queryClient.invalidateQueries({ queryKey: ['journeys', workspaceId] });
      navigate(`/w/${workspaceId}/j/${map.journey.id}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  const selected = templates.data?.find((tpl) => tpl.id === templateId);
  return (
    <form onSubmit={submit} className="inline-form">
      <label>
        {t('journeyName')}
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('template')}
        <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          {(templates.data ?? []).map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={busy || !name.trim()}>
        {t('create')}
      </button>
      {selected && (
        <p className="hint">
          {selected.description[lang]} ({selected.stages.map((s) => s[lang]).join(' → ')})
        </p>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
