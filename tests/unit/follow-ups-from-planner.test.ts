import { describe, expect, it } from 'vitest';
import { BOARD_KEY } from '../../src/components/follow-ups/board-storage';
import { BOARD_STORAGE_KEY, addToBoard, applicationFromPlanner } from '../../src/lib/follow-ups-from-planner';
import { parseStore, serialiseStore } from '../../src/lib/follow-ups-store';
import { plannerHref } from '../../src/lib/follow-ups-today';
import { defaultState, stateFromQuery } from '../../src/lib/planner-state';
import { makeApp } from './follow-ups-fixtures';

let n = 0;
const ctx = { id: 'from-planner', now: '2026-03-12T10:00:00.000Z', newId: () => `h${(n += 1)}` };

describe('"Save to my follow-ups" from the planner', () => {
  const { state } = stateFromQuery('interview=2026-03-03&told=date&promised=2026-03-06&region=GB-ENG&tz=Europe%2FLondon&contact=agency&made=2026-03-10~2026-03-16~bf', 'UTC');

  it('makes an application from the planner’s form and the company typed', () => {
    const result = applicationFromPlanner(state, { company: ' Acme ', role: 'Analyst' }, ctx);
    expect(result).toMatchObject({
      ok: true,
      app: {
        id: 'from-planner', company: 'Acme', role: 'Analyst', arrangedBy: 'agency', channel: 'agency',
        rounds: [{ date: '2026-03-03', kind: 'first' }], told: 'date', promised: '2026-03-06', region: 'GB-ENG', tz: 'Europe/London',
        history: [{ kind: 'call', date: '2026-03-10', outcome: 'front-desk', newDate: '2026-03-16', newDateKind: 'call-back' }],
        status: 'waiting',
      },
    });
  });

  it('round-trips: the board’s planner link for it gives back the planner’s form', () => {
    const result = applicationFromPlanner(state, { company: 'Acme' }, ctx);
    if (!result.ok) throw new Error('not saved');
    const back = stateFromQuery(plannerHref(result.app, '2026-03-12').split('?')[1], 'UTC');
    expect(back.state).toEqual(state);
  });

  it('needs a company, and an interview date the planner had', () => {
    expect(applicationFromPlanner(defaultState('UTC'), { company: '' }, ctx)).toEqual({
      ok: false,
      errors: [{ field: 'company', code: 'required' }, { field: 'rounds.0.date', code: 'required' }],
    });
  });

  it('adds to the stored board, and never writes over one it can’t read', () => {
    const result = applicationFromPlanner(state, { company: 'Acme' }, ctx);
    if (!result.ok) throw new Error('not saved');
    expect(BOARD_STORAGE_KEY).toBe(BOARD_KEY);
    const first = addToBoard(null, result.app);
    expect(first.ok && parseStore(first.text)).toEqual({ ok: true, applications: [result.app] });
    const existing = serialiseStore([makeApp()]);
    const second = addToBoard(existing, result.app);
    expect(second.ok && parseStore(second.text)).toEqual({ ok: true, applications: [makeApp(), result.app] });
    expect(addToBoard('{"format":"callback-kit.follow-ups","version":1,"applications":[{"broken"', result.app)).toEqual({ ok: false, code: 'not-json' });
    expect(addToBoard('{"format":"callback-kit.follow-ups","version":7,"applications":[]}', result.app)).toEqual({ ok: false, code: 'newer-version' });
  });
});
