import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { IsoDate } from '../../src/lib/dates/iso';
import { plannerTouch, promisedDate } from '../../src/lib/follow-ups-planner';
import { attempts, plannerHref } from '../../src/lib/follow-ups-today';
import { latestInterview, type Application } from '../../src/lib/follow-ups-model';
import { promisedFromTold, stateFromQuery, stateToQuery, type FormState } from '../../src/lib/planner-state';
import { applicationArb } from './follow-ups-fixtures';

const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10) as IsoDate);
const told = fc.constantFrom('none', 'date', 'end-of-week', 'next-week', 'two-weeks' as const);

/** The planner's own form for an application: what its link should rebuild. */
function plannerForm(app: Application, today: IsoDate): FormState {
  const interview = latestInterview(app);
  return {
    interview, told: app.told, promised: app.promised, keen: false, region: app.region, tz: app.tz,
    days: [1, 2, 3, 4, 5], closed: '', open: '09:00', close: '17:00', third: false,
    touch: plannerTouch(app),
    calls: attempts(app, interview, today).map((entry) => ({
      date: entry.date,
      newDate: entry.newDate ?? '',
      kind: entry.newDate ? entry.newDateKind ?? 'decide-by' : 'decide-by',
      reached: entry.kind === 'call' && (entry.outcome === 'voicemail' || entry.outcome === 'front-desk') ? entry.outcome : 'contact',
    })),
  };
}

describe('the board’s copies of the planner’s form logic agree with the planner', () => {
  it('"end of the week", "next week", "two weeks" and a named date give the planner’s date', () => {
    fc.assert(
      fc.property(told, day, day, fc.array(day, { maxLength: 8 }), (said, interview, promised, closed) => {
        expect(promisedDate(said, interview, promised, closed)).toBe(promisedFromTold(said, interview, promised, [1, 2, 3, 4, 5], closed));
      }),
      { numRuns: 500 },
    );
  });

  it('the planner link is the planner’s own query for that form, and reads back as it', () => {
    fc.assert(
      fc.property(applicationArb, day, (app, today) => {
        const href = plannerHref(app, today);
        expect(href).toBe(`/tools/when-to-call/?${stateToQuery(plannerForm(app, today))}`);
        const { state, ignored } = stateFromQuery(href.split('?')[1], 'UTC');
        expect(ignored).toEqual([]);
        expect(state).toEqual(plannerForm(app, today));
      }),
      { numRuns: 300 },
    );
  });
});
