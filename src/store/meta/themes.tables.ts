/** Meta-store tables of the open-text themes feature; `MetaDatabase` extends this. */
export interface ThemeTables {
  userThemes: UserThemesTable;
}

/** A workspace's own theme: a name and keyword rules (JSON array of strings). */
export interface UserThemesTable {
  id: string;
  workspaceId: string;
  name: string;
  keywords: string;
  createdAt: string;
  updatedAt: string;
}
