import { describe, expect, it } from 'vitest';
import { newJourneyFromTemplate } from './new-journey.js';

const now = '2026-11-23T10:00:00.000Z';

describe('a new journey from a template', () => {
  it('names stages and lanes in the journey language with the other as a translation', () => {
    const fi = newJourneyFromTemplate(
      'ws_1',
      { name: 'Polku', description: '', language: 'fi', templateId: 'image-purchase-usage' },
      now,
    )!;
    expect(fi.stages.map((s) => s.name)).toEqual(['Mielikuvakokemus', 'Ostokokemus', 'Käyttökokemus']);
    expect(fi.stages[0]!.translations).toEqual({ en: { name: 'Image experience' } });
    expect(fi.stages.map((s) => s.position)).toEqual([1000, 2000, 3000]);
    expect(fi.lanes).toHaveLength(9);
    expect(fi.journey).toMatchObject({
      variant: 'as_is',
      version: 0,
      revision: 0,
      templateId: 'image-purchase-usage',
    });
  });
  it('knows no unknown template', () => {
    expect(
      newJourneyFromTemplate('ws_1', { name: 'x', description: '', language: 'en', templateId: 'nope' }, now),
    ).toBeUndefined();
  });
});
