import type { importsEn } from './imports.en.js';

/** Suomenkieliset tekstit (imports). */
export const importsFi: Record<keyof typeof importsEn, string> = {
  importsPageTitle: 'Tuonti',
};
