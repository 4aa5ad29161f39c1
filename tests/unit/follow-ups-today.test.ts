import { describe, expect, it } from 'vitest';
import { buildTodayView, planInputFor, plannerHref, type BoardContext, type TodayItem } from '../../src/lib/follow-ups-today';
import type { Application } from '../../src/lib/follow-ups-model';
import type { IsoDate } from '../../src/lib/dates/iso';
import { call, makeApp } from './follow-ups-fixtures';

const ctx = (today: string, holidays: Record<string, string[]> = {}): BoardContext => ({
  todayIn: () => today as IsoDate,
  holidays: (region) => (holidays[region] ?? []) as IsoDate[],
});

/** Every item as "group action date", which reads like the table rows below. */
function view(apps: Application[], today: string, holidays?: Record<string, string[]>): string[] {
  const { groups } = buildTodayView(apps, ctx(today, holidays));
  return Object.values(groups).flat().map((item: TodayItem) => `${item.id} ${item.group} ${item.action} ${item.date}${item.movedFrom ? ` from ${item.movedFrom}` : ''}`);
}

// Interview Tuesday 2026-03-03, nothing said about hearing back: H2 puts the first call a
// week later (Tue 03-10), H6 the second a week after that (03-17), H7 the "no" on 03-24.
describe('the Today view, for a given today', () => {
  it.each([
    ['the interview day: the note is due, the first call a week away', '2026-03-03', [], ['a1 due thank-you 2026-03-04', 'a1 this-week call 2026-03-10']],
    ['the day after: the note is still due, the first call is this week', '2026-03-04', [], ['a1 due thank-you 2026-03-04', 'a1 this-week call 2026-03-10']],
    ['the note sent: only the call is ahead', '2026-03-04', [call('2026-03-03', { kind: 'thank-you', outcome: 'sent' })], ['a1 this-week call 2026-03-10']],
    ['eight days before the call: nothing yet', '2026-03-02', [], []],
    ['the call day: due today', '2026-03-10', [], ['a1 due call 2026-03-10']],
    ['two days late: overdue, moved to today (H10)', '2026-03-12', [], ['a1 overdue call 2026-03-12 from 2026-03-10']],
    ['overdue on a Saturday: moved to Tuesday (no Mondays)', '2026-03-14', [], ['a1 overdue call 2026-03-17 from 2026-03-10']],
    ['the first call logged: the second is this week', '2026-03-12', [call('2026-03-10')], ['a1 this-week call 2026-03-17']],
    ['only the front desk was reached: not a try, the next is the next call day (H12)', '2026-03-12', [call('2026-03-10', { outcome: 'front-desk' })], ['a1 overdue call 2026-03-12 from 2026-03-11']],
    ['the front desk named a call-back day: call on it (H12, H8)', '2026-03-11', [call('2026-03-10', { outcome: 'front-desk', newDate: '2026-03-16', newDateKind: 'call-back' })], ['a1 this-week call 2026-03-16']],
    ['both calls made, a week on: treat it as a no (H7)', '2026-03-24', [call('2026-03-10'), call('2026-03-17')], ['a1 treat-as-no close 2026-03-24']],
    ['both calls made, the day before the no', '2026-03-23', [call('2026-03-10'), call('2026-03-17')], []],
    ['a new date on the first call: two working days after it (H8)', '2026-03-11', [call('2026-03-10', { outcome: 'reached', newDate: '2026-03-13' })], ['a1 this-week call 2026-03-17']],
  ])('%s', (_, today, history, expected) => {
    expect(view([makeApp({ history })], today)).toEqual(expected);
  });

  it('uses the promise and the latest interview round', () => {
    // Final round Tue 03-10, promised Fri 03-13: two working days after (Tue 03-17) (H3).
    const app = makeApp({ rounds: [{ date: '2026-02-24', kind: 'phone-screen' }, { date: '2026-03-10', kind: 'final' }], told: 'date', promised: '2026-03-13' });
    expect(view([app], '2026-03-16')).toEqual(['a1 this-week call 2026-03-17']);
    // Calls from the earlier round don't use up the later round's attempts.
    expect(view([{ ...app, history: [call('2026-03-02')] }], '2026-03-17')).toEqual(['a1 due call 2026-03-17']);
  });

  it('skips the region’s holidays when loaded', () => {
    const app = makeApp({ region: 'US' });
    expect(view([app], '2026-03-10', { US: ['2026-03-10'] })).toEqual(['a1 this-week call 2026-03-11']);
  });

  it('H13: email-only when they asked for no calls; H14: a debrief, not a note, with an agency', () => {
    expect(view([makeApp({ channel: 'no-calls' })], '2026-03-10')).toEqual(['a1 due email 2026-03-10']);
    expect(view([makeApp({ arrangedBy: 'agency' })], '2026-03-04')).toEqual(['a1 due debrief 2026-03-04', 'a1 this-week call 2026-03-10']);
  });

  it('leaves closed applications out, and lists several in date order', () => {
    const apps = [
      makeApp({ id: 'late', rounds: [{ date: '2026-03-05', kind: 'first' }] }),
      makeApp({ id: 'early' }),
      makeApp({ id: 'gone', status: 'rejected' }),
    ];
    expect(view(apps, '2026-03-08')).toEqual(['early this-week call 2026-03-10', 'late this-week call 2026-03-12']);
    expect(buildTodayView(apps, ctx('2026-03-08')).open).toBe(2);
  });

  it('plans each application on its own employer’s today', () => {
    const apps = [makeApp({ id: 'ny' }), makeApp({ id: 'akl', tz: 'Pacific/Auckland' })];
    const split: BoardContext = { todayIn: (tz) => (tz === 'Pacific/Auckland' ? '2026-03-10' : '2026-03-09'), holidays: () => [] };
    const items = Object.values(buildTodayView(apps, split).groups).flat();
    expect(items.map((i) => `${i.id} ${i.group}`)).toEqual(['akl due', 'ny this-week']);
  });

  it('reports an application the planner can’t plan instead of hiding it', () => {
    const app = makeApp({ rounds: [{ date: '2024-01-09', kind: 'first' }] });
    const result = buildTodayView([app], ctx('2026-03-10'));
    expect(result.unplanned).toEqual([{ id: 'a1', errors: [expect.objectContaining({ field: 'interviewDate' })] }]);
  });
});

describe('the planner link', () => {
  it('carries the latest round, the promise, the region, the channel and the calls', () => {
    const app = makeApp({
      rounds: [{ date: '2026-03-03', kind: 'first' }],
      told: 'date',
      promised: '2026-03-06',
      region: 'GB-ENG',
      tz: 'Europe/London',
      channel: 'email',
      history: [call('2026-03-10', { newDate: '2026-03-13' }), call('2026-03-11', { outcome: 'front-desk' })],
    });
    expect(plannerHref(app, '2026-03-12')).toBe('/tools/when-to-call/?interview=2026-03-03&told=date&promised=2026-03-06&region=GB-ENG&tz=Europe%2FLondon&contact=email&made=2026-03-10%7E2026-03-13%7Ev%2C2026-03-11%7E%7Ef');
    // An email-only plan (H13): no call reaches a front desk, so the planner gets no `reached`.
    expect(planInputFor(app, '2026-03-12', []).calls).toEqual([{ date: '2026-03-10', newDate: '2026-03-13', newDateKind: 'decide-by' }, { date: '2026-03-11' }]);
    expect(planInputFor({ ...app, channel: '' }, '2026-03-12', []).calls).toEqual([
      { date: '2026-03-10', newDate: '2026-03-13', newDateKind: 'decide-by', reached: 'voicemail' },
      { date: '2026-03-11', reached: 'front-desk' },
    ]);
  });
});
