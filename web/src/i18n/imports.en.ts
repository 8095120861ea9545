/** English strings of the imports pages; `imports.fi.ts` has the same keys. */
export const importsEn = {
  importsPageTitle: 'Imports',
} satisfies Record<string, string>;
