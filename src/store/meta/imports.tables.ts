/** Meta-store tables of the imports feature; `MetaDatabase` extends this. */
// biome-ignore lint/suspicious/noEmptyInterface: the imports feature adds its tables here.
export interface ImportTables {}
