/** Meta-store tables of the surveys feature; `MetaDatabase` extends this. */
// biome-ignore lint/suspicious/noEmptyInterface: the surveys feature adds its tables here.
export interface SurveyTables {}
