import { useQuery } from '@tanstack/react-query';
import { localized } from '../../../src/domain/journey/localize.js';
import { api } from '../api/client.js';
import type { JourneyMap } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';

/** The journey map a survey is bound to (shared with the editor's cache). */
export function useJourneyMap(workspaceId: string, journeyId: string | null) {
  return useQuery({
    queryKey: ['map', workspaceId, journeyId],
    queryFn: () => api.journeyMap(workspaceId, journeyId ?? ''),
    enabled: journeyId !== null,
    staleTime: 60_000,
  });
}

/** "Waiting for delivery (Kotiväri customer journey)": what a survey is bound to, in the UI language. */
export function bindingText(
  map: JourneyMap | undefined,
  binding: { journeyId: string | null; touchpointId: string | null },
  lang: 'en' | 'fi',
): string {
  if (!map || binding.journeyId === null) return '';
  const journey = localized(map.journey, 'name', lang);
  if (binding.touchpointId === null) return journey;
  const tp = map.touchpoints.find((x) => x.id === binding.touchpointId);
  return tp ? `${localized(tp, 'name', lang)} (${journey})` : journey;
}

export function useBindingLabel(
  workspaceId: string,
  binding: { journeyId: string | null; touchpointId: string | null },
): string {
  const { lang } = useI18n();
  const map = useJourneyMap(workspaceId, binding.journeyId);
  return bindingText(map.data, binding, lang);
}
