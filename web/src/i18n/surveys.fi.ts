import type { surveysEn } from './surveys.en.js';

/** Suomenkieliset tekstit (surveys). */
export const surveysFi: Record<keyof typeof surveysEn, string> = {
  surveysPageTitle: 'Kyselyt',
};
