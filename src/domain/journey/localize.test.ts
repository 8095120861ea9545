import { describe, expect, it } from 'vitest';
import { localized, textEdit } from './localize.js';

const stage = { name: 'Delivery', translations: { fi: { name: 'Toimitus' }, sv: { name: '' } } };

describe('content translations', () => {
  it('shows the translation when there is one, else the base text', () => {
    expect(localized(stage, 'name', 'fi')).toBe('Toimitus');
    expect(localized(stage, 'name', 'en')).toBe('Delivery');
    expect(localized(stage, 'name', 'sv')).toBe('Delivery');
  });
  it("writes an edit to the base field in the journey's language, else to the translation", () => {
    expect(textEdit(stage, 'name', 'Shipping', 'en', 'en')).toEqual({ name: 'Shipping' });
    expect(textEdit(stage, 'name', 'Toimitusaika', 'fi', 'en')).toEqual({
      translations: { fi: { name: 'Toimitusaika' }, sv: { name: '' } },
    });
  });
});
