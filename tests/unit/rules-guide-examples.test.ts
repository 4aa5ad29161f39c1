import { describe, expect, it } from 'vitest';
import { planFollowUp, type PlanInput } from '../../src/lib/follow-up-plan';

/**
 * The worked examples in src/content/guides/when-to-call-the-planner-rules.mdx (and the ones
 * the other guides repeat) must say what the planner computes. If a rule changes, this fails
 * and names the example to rewrite.
 */
const examples: Array<[string, PlanInput, { calls: string[]; treatAsNoOn?: string; thankYouBy?: string }]> = [
  ['Ana: no date, Thursday interview', { interviewDate: '2026-04-09', today: '2026-04-09' }, { calls: ['2026-04-16'] }],
  ['Ana, had she interviewed on a Monday: a week later is a Monday', { interviewDate: '2026-04-13', today: '2026-04-13' }, { calls: ['2026-04-21'] }],
  [
    'Marcus: promised Friday, two working days later',
    { interviewDate: '2026-03-03', today: '2026-03-03', promisedDate: '2026-03-06' },
    { calls: ['2026-03-10', '2026-03-17'], treatAsNoOn: '2026-03-24', thankYouBy: '2026-03-04' },
  ],
  ['Chloe: grace lands on a Monday', { interviewDate: '2026-04-08', today: '2026-04-08', promisedDate: '2026-04-16' }, { calls: ['2026-04-21'] }],
  [
    'Daniel: Memorial Day marked closed',
    { interviewDate: '2026-05-19', today: '2026-05-19', promisedDate: '2026-05-22', closedDates: ['2026-05-25'] },
    { calls: ['2026-05-27'] },
  ],
  ['Marcus, keen', { interviewDate: '2026-03-03', today: '2026-03-03', promisedDate: '2026-03-06', keen: true }, { calls: ['2026-03-06'] }],
  ['Marcus, keen, promised a Monday', { interviewDate: '2026-03-03', today: '2026-03-03', promisedDate: '2026-03-09', keen: true }, { calls: ['2026-03-10'] }],
  ['Lucy, keen, promised the day after', { interviewDate: '2026-03-03', today: '2026-03-03', promisedDate: '2026-03-04', keen: true }, { calls: ['2026-03-05'] }],
  ['Lucy, not keen', { interviewDate: '2026-03-03', today: '2026-03-03', promisedDate: '2026-03-04' }, { calls: ['2026-03-06'] }],
  [
    'Jordan: Thanksgiving week',
    { interviewDate: '2026-11-10', today: '2026-11-19', closedDates: ['2026-11-26', '2026-11-27'], calls: [{ date: '2026-11-19' }] },
    { calls: ['2026-11-19', '2026-12-01'] },
  ],
  [
    'Marcus: new date, default rule',
    { interviewDate: '2026-03-03', today: '2026-03-10', promisedDate: '2026-03-06', calls: [{ date: '2026-03-10', newDate: '2026-03-19' }] },
    { calls: ['2026-03-10', '2026-03-24'] },
  ],
  [
    'Marcus: new date, keen',
    { interviewDate: '2026-03-03', today: '2026-03-10', promisedDate: '2026-03-06', keen: true, calls: [{ date: '2026-03-10', newDate: '2026-03-19' }] },
    { calls: ['2026-03-10', '2026-03-19'], treatAsNoOn: '2026-03-26' },
  ],
  [
    'Marcus: decide by the 19th, the kind given',
    { interviewDate: '2026-03-03', today: '2026-03-10', promisedDate: '2026-03-06', calls: [{ date: '2026-03-10', newDate: '2026-03-19', newDateKind: 'decide-by' }] },
    { calls: ['2026-03-10', '2026-03-24'] },
  ],
  [
    'Marcus: “call me back on Monday the 16th”',
    { interviewDate: '2026-03-03', today: '2026-03-10', promisedDate: '2026-03-06', calls: [{ date: '2026-03-10', newDate: '2026-03-16', newDateKind: 'call-back' }] },
    { calls: ['2026-03-10', '2026-03-16'] },
  ],
  [
    'Marcus reaches only the receptionist',
    { interviewDate: '2026-03-03', today: '2026-03-10', promisedDate: '2026-03-06', calls: [{ date: '2026-03-10', reached: 'front-desk' }] },
    { calls: ['2026-03-10', '2026-03-11', '2026-03-18'] },
  ],
  ['Marcus, by email', { interviewDate: '2026-03-03', today: '2026-03-03', promisedDate: '2026-03-06', channel: 'email' }, { calls: ['2026-03-10', '2026-03-17'] }],
  [
    'Marcus, through an agency',
    { interviewDate: '2026-03-03', today: '2026-03-03', promisedDate: '2026-03-06', arrangedBy: 'agency' },
    { calls: ['2026-03-10', '2026-03-17'], thankYouBy: '2026-03-04' },
  ],
  ['Marcus opens the planner late', { interviewDate: '2026-03-03', today: '2026-03-14', promisedDate: '2026-03-06' }, { calls: ['2026-03-17'] }],
  [
    'Kevin (thank-you guide): promised Monday April 13',
    { interviewDate: '2026-04-08', today: '2026-04-08', promisedDate: '2026-04-13' },
    { calls: ['2026-04-15'], thankYouBy: '2026-04-09' },
  ],
];

describe.each(examples)('%s', (_name, input, expected) => {
  it('matches the guide', () => {
    const result = planFollowUp(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.calls.map((call) => call.date).slice(0, expected.calls.length)).toEqual(expected.calls);
    if (expected.treatAsNoOn) expect(result.plan.treatAsNoOn).toBe(expected.treatAsNoOn);
    if (expected.thankYouBy) expect(result.plan.thankYouBy).toBe(expected.thankYouBy);
  });
});

it('refuses the guide’s examples of bad input', () => {
  expect(planFollowUp({ interviewDate: '2026-02-30', today: '2026-03-03' }).ok).toBe(false);
  expect(planFollowUp({ interviewDate: '2026-03-03', today: '2026-03-03', workingDays: [1] }).ok).toBe(false);
});

it('the guide’s office closing at 4 p.m. gets one window, 1:30 to 4:00 p.m.', async () => {
  const { callWindows } = await import('../../src/lib/follow-up-plan');
  const { joinAdjacent } = await import('../../src/components/planner/plan-text');
  expect(joinAdjacent(callWindows({ start: '09:00', end: '16:00' })).map((w) => `${w.start}-${w.end}`)).toEqual(['13:30-16:00']);
});

it('reads “by the end of the week”, “next week” and “within two weeks” as the guide says', async () => {
  const { promisedFromTold } = await import('../../src/lib/planner-state');
  const weekdays = [1, 2, 3, 4, 5];
  // Marcus's Tuesday, March 3, 2026 interview: that week ends Friday the 6th, the next Friday the 13th.
  expect(promisedFromTold('end-of-week', '2026-03-03', '', weekdays)).toBe('2026-03-06');
  expect(promisedFromTold('next-week', '2026-03-03', '', weekdays)).toBe('2026-03-13');
  expect(promisedFromTold('two-weeks', '2026-03-03', '', weekdays)).toBe('2026-03-17');
  // "The last working day of that week": a closed Friday makes it the Thursday.
  expect(promisedFromTold('end-of-week', '2026-03-03', '', weekdays, ['2026-03-06'])).toBe('2026-03-05');
});

it('the guide’s channel and agency examples: emails keep the dates with no call windows; an agency means a recruiter debrief', () => {
  const email = planFollowUp({ interviewDate: '2026-03-03', today: '2026-03-03', promisedDate: '2026-03-06', channel: 'email' });
  expect(email.ok && email.plan.calls.every((call) => call.windows.every((w) => w.label === 'office-hours'))).toBe(true);
  const agency = planFollowUp({ interviewDate: '2026-03-03', today: '2026-03-03', promisedDate: '2026-03-06', arrangedBy: 'agency' });
  expect(agency.ok && agency.plan.contact).toBe('recruiter');
  expect(agency.ok && agency.plan.steps.find((step) => step.date === '2026-03-04')?.kind).toBe('debrief');
  // The front desk's call uses no attempt: two calls are still planned after it.
  const desk = planFollowUp({ interviewDate: '2026-03-03', today: '2026-03-10', promisedDate: '2026-03-06', calls: [{ date: '2026-03-10', reached: 'front-desk' }] });
  expect(desk.ok && desk.plan.calls.filter((call) => !call.made)).toHaveLength(2);
});

