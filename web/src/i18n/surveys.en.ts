/** English strings of the surveys pages; `surveys.fi.ts` has the same keys. */
export const surveysEn = {
  surveysPageTitle: 'Surveys',
} satisfies Record<string, string>;
