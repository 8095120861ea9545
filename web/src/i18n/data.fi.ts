import type { dataEn } from './data.en.js';

/** Suomenkieliset tekstit (data). */
export const dataFi: Record<keyof typeof dataEn, string> = {
  dataPageTitle: 'Data',
};
