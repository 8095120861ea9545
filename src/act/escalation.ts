import { overdueUnescalated, updateCase } from '../store/meta/cases.repository.js';
import type { MetaDb } from '../store/meta/db.js';
import { notifyEscalated } from './notify-case.js';

/** Open cases past their due time: the team lead is told once, and the case's trail says so. */
export async function escalateOverdue(db: MetaDb, now: string, baseUrl: string): Promise<number> {
  const due = await overdueUnescalated(db, now);
  for (const c of due) {
    const told = await notifyEscalated(db, c, baseUrl, now);
    await updateCase(db, { ...c, escalatedAt: now, updatedAt: now }, [
      { actorId: null, actorName: 'Polku', kind: 'escalated', data: { dueAt: c.dueAt, notified: told } },
    ]);
  }
  return due.length;
}
