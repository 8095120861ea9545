import { describe, expect, it } from 'vitest';
import { actionProblem } from './action-checks.js';

const ctx = {
  touchpointIds: new Set(['tp_1', 'tp_2']),
  painPointIds: new Set(['cd_pain']),
  memberIds: new Set(['us_anna']),
};
const ok = {
  touchpointIds: ['tp_1'],
  painPointIds: ['cd_pain'],
  ownerUserId: 'us_anna',
  startDate: '2026-03-01',
  dueDate: '2026-04-01',
  doneDate: null,
  targetMetric: { touchpointId: 'tp_2' },
};

describe('actionProblem', () => {
  it('accepts an action that fits its journey', () => {
    expect(actionProblem(ok, ctx)).toBeNull();
    expect(
      actionProblem({ ...ok, ownerUserId: null, targetMetric: null, dueDate: '2026-03-01' }, ctx),
    ).toBeNull();
  });

  it.each([
    [{ touchpointIds: ['tp_1', 'tp_other'] }, 'touchpointIds.1'],
    [{ painPointIds: ['cd_note'] }, 'painPointIds.0'],
    [{ ownerUserId: 'us_stranger' }, 'ownerUserId'],
    [{ targetMetric: { touchpointId: 'tp_x' } }, 'targetMetric.touchpointId'],
    [{ dueDate: '2026-02-28' }, 'dueDate'],
    [{ doneDate: '2026-02-01' }, 'doneDate'],
  ])('names the field at fault: %o', (change, field) => {
    expect(actionProblem({ ...ok, ...change }, ctx)).toMatchObject({ code: 'bad_request', field });
  });
});
