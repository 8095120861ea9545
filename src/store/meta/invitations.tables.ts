/** Meta-store tables of the invitations feature; `MetaDatabase` extends this. */
// biome-ignore lint/suspicious/noEmptyInterface: the invitations feature adds its tables here.
export interface InvitationTables {}
