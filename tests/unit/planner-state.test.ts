import { describe, expect, it } from 'vitest';
import { defaultState, newCall, promisedFromTold, stateFromQuery, stateToQuery, type FormState } from '../../src/lib/planner-state';
import { toPlanInput } from '../../src/lib/planner-input';
import { paramLabel } from '../../src/components/planner/form-fields';
import { fieldId } from '../../src/components/planner/field-ids';
import { planErrorText } from '../../src/components/planner/plan-text';
import { planFollowUp } from '../../src/lib/follow-up-plan';

const ZONE = 'America/New_York';

describe(`planner form state (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each([
    // [told, interview, expected]: Tue 3 March 2026 interview.
    ['end-of-week', '2026-03-03', '2026-03-06'],
    ['end-of-week', '2026-03-06', '2026-03-06'],
    ['end-of-week', '2026-03-07', '2026-03-13'],
    ['next-week', '2026-03-03', '2026-03-13'],
    ['next-week', '2026-03-08', '2026-03-13'],
    ['two-weeks', '2026-03-03', '2026-03-17'],
    ['none', '2026-03-03', undefined],
  ] as const)('“%s” after an interview on %s means %s', (told, interview, expected) => {
    expect(promisedFromTold(told, interview, '', [1, 2, 3, 4, 5])).toBe(expected);
  });

  it.each([
    // [told, interview, closed days, expected]
    // Christmas on a Friday: the week's last open day is Thursday the 24th.
    ['end-of-week', '2026-12-22', ['2026-12-25'], '2026-12-24'],
    // A holiday midweek (Thanksgiving) neither ends nor splits the week.
    ['end-of-week', '2026-11-23', ['2026-11-26'], '2026-11-27'],
    ['end-of-week', '2026-11-27', ['2026-11-26'], '2026-11-27'],
    // Good Friday 2027 closes the week after a Tuesday interview.
    ['next-week', '2027-03-16', ['2027-03-26'], '2027-03-25'],
    // Never before the interview, even when the days after it are closed.
    ['end-of-week', '2026-12-24', ['2026-12-25'], '2026-12-24'],
    // A week closed throughout keeps its usual end.
    ['end-of-week', '2026-12-28', ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01'], '2027-01-01'],
  ] as const)('“%s” after an interview on %s, closed %j, means %s', (told, interview, closed, expected) => {
    expect(promisedFromTold(told, interview, '', [1, 2, 3, 4, 5], closed)).toBe(expected);
  });

  it('the plan’s “end of the week” skips a holiday Friday from the region', () => {
    const state: FormState = { ...defaultState(ZONE), interview: '2026-12-22', told: 'end-of-week', keen: true, region: 'IE' };
    const { input } = toPlanInput(state, '2026-12-22', ['2026-12-25', '2026-12-26']);
    expect(input.promisedDate).toBe('2026-12-24');
    const result = planFollowUp(input);
    expect(result.ok && result.plan.calls[0].date).toBe('2026-12-24');
  });

  it('"end of the week" follows the working week', () => {
    expect(promisedFromTold('end-of-week', '2026-03-01', '', [7, 1, 2, 3, 4])).toBe('2026-03-05');
  });

  it('round-trips a full state through the URL', () => {
    const state: FormState = {
      ...defaultState(ZONE),
      interview: '2026-03-03',
      told: 'date',
      promised: '2026-03-06',
      keen: true,
      region: 'GB-ENG',
      tz: 'Europe/London',
      days: [2, 3, 4, 5, 6],
      closed: '2026-12-24\n2026-12-28 to 2026-12-31',
      open: '08:30',
      close: '16:30',
      third: true,
      touch: 'no-calls',
      calls: [{ ...newCall(), date: '2026-03-10', newDate: '2026-03-16' }, { ...newCall(), date: '2026-03-18' }],
    };
    const back = stateFromQuery(`?${stateToQuery(state)}`, ZONE);
    expect(back).toEqual({ state, ignored: [], present: true });
  });

  it('keeps a call row whose new date was typed before its date, so a reload loses nothing', () => {
    const state: FormState = { ...defaultState(ZONE), interview: '2026-11-05', calls: [{ ...newCall(), newDate: '2026-12-01' }] };
    expect(stateFromQuery(`?${stateToQuery(state)}`, ZONE)).toEqual({ state, ignored: [], present: true });
    // The form then asks for the missing date at its field.
    const result = planFollowUp(toPlanInput(state, '2026-11-22', []).input);
    expect(result.ok ? [] : result.errors.map((e) => [e.field, planErrorText(e)])).toEqual([['calls.0.date', 'Enter the date of call 1']]);
    expect(stateFromQuery('?made=~', ZONE).ignored.map(paramLabel)).toEqual(['calls you made']);
  });

  it('keeps the defaults short in the URL', () => {
    expect(stateToQuery({ ...defaultState(ZONE), interview: '2026-03-03' })).toBe('interview=2026-03-03&tz=America%2FNew_York');
  });

  it('ignores malformed parameters and names them', () => {
    const { state, ignored, present } = stateFromQuery('?interview=2026-02-30&told=soon&tz=Mars%2FBase&days=189&region=XX&made=yesterday&open=9am&keen=yes', ZONE);
    expect(present).toBe(true);
    expect(state).toEqual(defaultState(ZONE));
    expect(ignored.map(paramLabel)).toEqual(['interview date', 'what they told you', 'call on the day', 'region', 'time zone', 'working days', 'opening time', 'calls you made']);
  });

  it('treats an empty query as no plan', () => {
    expect(stateFromQuery('', ZONE)).toEqual({ state: defaultState(ZONE), ignored: [], present: false });
  });

  it('turns the form into planner input, with holidays among the closed days', () => {
    const state: FormState = { ...defaultState(ZONE), interview: '2026-05-19', told: 'end-of-week', closed: '2026-05-26' };
    const { input, errors } = toPlanInput(state, '2026-05-19', ['2026-05-25']);
    expect(errors).toEqual([]);
    expect(input).toMatchObject({ promisedDate: '2026-05-22', closedDates: ['2026-05-26', '2026-05-25'], maxCalls: 2, channel: 'phone' });
    const result = planFollowUp(input);
    expect(result.ok && result.plan.calls[0].date).toBe('2026-05-28');
  });

  it('reports form-only problems at their fields', () => {
    const state: FormState = { ...defaultState(ZONE), interview: '2026-03-03', told: 'date', closed: 'Christmas' };
    const { errors } = toPlanInput(state, '2026-03-03', []);
    expect(errors.map((error) => error.field)).toEqual(['closedDates', 'promisedDate']);
    expect(fieldId('promisedDate', 'date')).toBe('pl-promised');
    expect(fieldId('calls.1.newDate', 'none')).toBe('pl-new-1');
  });

  it.each([
    // [what they told you, calls made, keen ticked, first planned call]: Thu 5 Nov 2026 interview.
    ['none', [{ date: '2026-11-17', newDate: '2026-12-01' }], true, '2026-12-01'],
    ['none', [{ date: '2026-11-17', newDate: '2026-12-01' }], false, '2026-12-03'],
    // With nobody naming a day, a keen tick left in the link changes nothing.
    ['none', [{ date: '2026-11-17', newDate: '' }], true, '2026-11-24'],
    ['date', [{ date: '2026-11-17', newDate: '2026-12-01' }], true, '2026-12-01'],
  ] as const)('told “%s”, calls %j, keen %s: the next call is %s', (told, calls, keen, expected) => {
    const state: FormState = { ...defaultState(ZONE), interview: '2026-11-05', told, promised: told === 'date' ? '2026-11-13' : '', keen, calls: calls.map((call) => ({ ...newCall(), ...call })) };
    const { input, errors } = toPlanInput(state, '2026-11-22', []);
    expect(errors).toEqual([]);
    const result = planFollowUp(input);
    expect(result.ok && result.plan.calls.find((call) => !call.made)?.date).toBe(expected);
  });
});

describe('the new fields in the URL (H8, H12, H13, H14)', () => {
  it('round-trips how they have been in touch and each call’s answers', () => {
    const state: FormState = {
      ...defaultState(ZONE),
      interview: '2026-03-03',
      touch: 'agency',
      calls: [
        { date: '2026-03-10', newDate: '2026-03-16', kind: 'call-back', reached: 'contact' },
        { date: '2026-03-11', newDate: '', kind: 'decide-by', reached: 'front-desk' },
        { date: '2026-03-12', newDate: '2026-03-20', kind: 'decide-by', reached: 'voicemail' },
      ],
    };
    const query = stateToQuery(state);
    expect(query).toContain('contact=agency');
    expect(new URLSearchParams(query).get('made')).toBe('2026-03-10~2026-03-16~b,2026-03-11~~f,2026-03-12~2026-03-20~v');
    expect(stateFromQuery(`?${query}`, ZONE)).toEqual({ state, ignored: [], present: true });
  });

  it.each([
    // Links made before the new fields give the same plan as before.
    ['?interview=2026-03-03&tz=UTC&made=2026-03-10~2026-03-16', ['2026-03-18']],
    ['?interview=2026-03-03&tz=UTC&email=1&made=2026-03-10', ['2026-03-17']],
  ])('an old link %s still plans %j', (query, expected) => {
    const { state, ignored } = stateFromQuery(query, ZONE);
    expect(ignored).toEqual([]);
    const result = planFollowUp(toPlanInput(state, '2026-03-10', []).input);
    expect(result.ok && result.plan.calls.filter((call) => !call.made).map((call) => call.date)).toEqual(expected);
  });

  it('reads email=1 as “they asked me not to call”, an email-only plan', () => {
    const { state } = stateFromQuery('?interview=2026-03-03&email=1', ZONE);
    expect(state.touch).toBe('no-calls');
    expect(toPlanInput(state, '2026-03-03', []).input).toMatchObject({ channel: 'email', arrangedBy: 'employer' });
  });

  it.each([
    ['', { channel: 'phone', offerEmail: true }],
    ['phone', { channel: 'phone', arrangedBy: 'employer' }],
    ['email', { channel: 'email', arrangedBy: 'employer' }],
    ['no-calls', { channel: 'email', arrangedBy: 'employer' }],
    ['agency', { channel: 'phone', offerEmail: true, arrangedBy: 'agency' }],
  ] as const)('“%s” becomes %j', (touch, expected) => {
    const { input } = toPlanInput({ ...defaultState(ZONE), interview: '2026-03-03', touch }, '2026-03-03', []);
    expect(input).toMatchObject(expected);
    if (touch !== 'agency' && touch !== '') expect(input.offerEmail).toBeUndefined();
  });

  it('names a bad contact or a bad call flag in the ignored list', () => {
    const { ignored } = stateFromQuery('?interview=2026-03-03&contact=fax&made=2026-03-10~~x', ZONE);
    expect(ignored.map(paramLabel)).toEqual(['how they have been in touch', 'calls you made']);
  });

  it('an email reaches no front desk: the answer is dropped in an email-only plan', () => {
    const state: FormState = { ...defaultState(ZONE), interview: '2026-03-03', touch: 'email', calls: [{ ...newCall(), date: '2026-03-10', reached: 'front-desk' }] };
    expect(toPlanInput(state, '2026-03-10', []).input.calls).toEqual([{ date: '2026-03-10' }]);
  });
});
