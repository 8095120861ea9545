import type { Translate } from '../i18n/i18n-context.js';

export const ROLES = ['owner', 'editor', 'viewer'] as const;

export function roleOptions(t: Translate) {
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {t(`role_${r}`)}
    </option>
  ));
}
