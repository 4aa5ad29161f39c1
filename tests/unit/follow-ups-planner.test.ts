import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { IsoDate } from '../../src/lib/dates/iso';
import { plannerForm, plannerTouch, promisedDate } from '../../src/lib/follow-ups-planner';
import { attempts, plannerHref } from '../../src/lib/follow-ups-today';
import { latestInterview, type Application } from '../../src/lib/follow-ups-model';
import { stateFromQuery, type FormState } from '../../src/lib/planner-state';
import { applicationArb, makeApp } from './follow-ups-fixtures';

const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10) as IsoDate);

/** What the planner's form should hold for an application, written out field by field. */
function expectedForm(app: Application, today: IsoDate): FormState {
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

describe('an application as the planner’s form', () => {
  it('the planner link reads back in the planner as the application’s form', () => {
    fc.assert(
      fc.property(applicationArb, day, (app, today) => {
        const interview = latestInterview(app);
        expect(plannerForm(app, interview, attempts(app, interview, today))).toEqual(expectedForm(app, today));
        const { state, ignored } = stateFromQuery(plannerHref(app, today).split('?')[1], 'UTC');
        expect(ignored).toEqual([]);
        expect(state).toEqual(expectedForm(app, today));
      }),
      { numRuns: 300 },
    );
  });

  it('an agency-arranged application with no channel yet is the planner’s "through an agency" (H14)', () => {
    expect(plannerTouch(makeApp({ arrangedBy: 'agency', channel: '' }))).toBe('agency');
    expect(plannerTouch(makeApp({ arrangedBy: 'agency', channel: 'email' }))).toBe('email');
  });

  it('"end of the week" counts the board’s Monday-to-Friday week, ending on its last open day', () => {
    const app = makeApp({ told: 'end-of-week', promised: '' });
    // Tuesday 2026-12-22: the week ends Friday 25th, closed for Christmas, so Thursday 24th.
    expect(promisedDate(app, '2026-12-22' as IsoDate, ['2026-12-25' as IsoDate])).toBe('2026-12-24');
    expect(promisedDate(makeApp({ told: 'next-week' }), '2026-03-03' as IsoDate, [])).toBe('2026-03-13');
    expect(promisedDate(makeApp({ told: 'none' }), '2026-03-03' as IsoDate, [])).toBeUndefined();
  });
});
