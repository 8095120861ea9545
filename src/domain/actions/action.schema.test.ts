import { describe, expect, it } from 'vitest';
import {
  ActionCreate,
  ActionFilters,
  applyPatch,
  type ImprovementAction,
  matchesFilters,
} from './action.schema.js';

const action: ImprovementAction = {
  id: 'ac_1',
  workspaceId: 'ws_1',
  journeyId: 'jr_1',
  title: 'Fix tracking',
  description: '',
  touchpointIds: ['tp_wait'],
  painPointIds: [],
  themes: [],
  ownerUserId: 'us_1',
  ownerTeam: 'Logistics',
  status: 'in_progress',
  startDate: '2026-03-01',
  dueDate: null,
  doneDate: null,
  targetMetric: null,
  createdBy: 'us_1',
  updatedBy: 'us_1',
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
};

describe('action schema', () => {
  it('fills defaults and names the field of bad input', () => {
    const a = ActionCreate.parse({ journeyId: 'jr_1', title: ' Fix ', startDate: '2026-03-01' });
    expect(a).toMatchObject({ title: 'Fix', status: 'planned', touchpointIds: [], dueDate: null });
    const bad = ActionCreate.safeParse({ journeyId: 'jr_1', title: 'x', startDate: '1.3.2026' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['startDate']);
    const metric = ActionCreate.safeParse({
      journeyId: 'jr_1',
      title: 'x',
      startDate: '2026-03-01',
      targetMetric: { metric: 'revenue', touchpointId: 'tp' },
    });
    expect(metric.error?.issues[0]?.path).toEqual(['targetMetric', 'metric']);
  });

  it('filters by touchpoint, status list, owner and team', () => {
    const f = (q: Record<string, string>) => matchesFilters(action, ActionFilters.parse(q));
    expect(f({ touchpointId: 'tp_wait' })).toBe(true);
    expect(f({ touchpointId: 'tp_other' })).toBe(false);
    expect(f({ status: 'planned,in_progress' })).toBe(true);
    expect(f({ status: 'done' })).toBe(false);
    expect(f({ ownerUserId: 'us_1', ownerTeam: 'logistics' })).toBe(true);
    expect(ActionFilters.safeParse({ status: 'open' }).success).toBe(false);
  });

  it('records the done date when an action is done, and clears it when reopened', () => {
    const done = applyPatch(action, { status: 'done' }, '2026-03-20');
    expect(done.doneDate).toBe('2026-03-20');
    expect(applyPatch(done, { status: 'in_progress' }, '2026-03-21').doneDate).toBeNull();
    expect(applyPatch(action, { status: 'done', doneDate: '2026-03-10' }, '2026-03-20').doneDate).toBe(
      '2026-03-10',
    );
  });
});
