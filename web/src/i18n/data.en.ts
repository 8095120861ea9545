/** English strings of the data pages; `data.fi.ts` has the same keys. */
export const dataEn = {
  dataPageTitle: 'Data',
} satisfies Record<string, string>;
