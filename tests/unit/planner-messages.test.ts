import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFollowUp, type PlanErrorCode, type PlanInput } from '../../src/lib/follow-up-plan';
import type { FormError } from '../../src/lib/planner-input';
import { formMessages, MESSAGES, t, type MessageKey } from '../../src/components/planner/messages.en';
import { KINDS, REACHED, TOLD, TOUCHES, WEEKDAYS } from '../../src/components/planner/form-choices';
import { ignoredNotice, paramLabel } from '../../src/components/planner/form-fields';
import { callWhy, errorText, planToText, stepText } from '../../src/components/planner/plan-text';
import { fill } from '../../src/i18n/t';

// The planner's wording lives in one message module; the rules return codes. These tests
// prove both halves: every key renders, and the rules' output holds no prose.

/** Every value a message may name, so any slot left in the output is one nobody fills. */
const ALL_VALUES = { try: 'call', Try: 'Call', tries: 'calls', done: 'made', next: 'the next call day', n: 2, total: 3, date: 'Tue, Mar 10', from: 'Mon, Mar 9', entry: 'Friday', max: 2000, reasons: 'no Mondays', city: 'London', start: '1:30 PM', end: '3:00 PM', times: '1:30 PM–3:00 PM', zone: 'London time', there: '1:30 PM London time', title: 'Call 1 of 2', status: 'done', when: 'today', link: 'https://example.com', rule: 'H3', list: 'Christmas', name: 'Christmas', detail: 'Detail.', count: 9, to: '2027', names: 'region', examples: 'see the worked examples', rules: 'read the rules' };

// Compile-time: every error code the rules or the form can return is listed here.
const PLAN_CODES: Record<PlanErrorCode, true> = {
  'form-empty': true, unreadable: true, 'today-unreadable': true, 'now-unreadable': true, 'interview-missing': true, 'interview-not-a-date': true,
  'interview-too-old': true, 'interview-too-far': true, 'promised-not-a-date': true, 'promised-before-interview': true, 'promised-too-far': true,
  'keen-invalid': true, 'max-calls-invalid': true, 'channel-invalid': true, 'arranged-by-invalid': true, 'working-days-invalid': true,
  'working-days-empty': true, 'working-days-only-monday': true, 'closed-not-a-list': true, 'closed-too-many': true, 'closed-not-a-date': true,
  'no-call-day': true, 'opens-invalid': true, 'closes-invalid': true, 'office-day-too-short': true, 'calls-not-a-list': true, 'calls-too-many': true,
  'call-missing': true, 'call-not-a-date': true, 'call-before-interview': true, 'call-after-today': true, 'new-date-not-a-date': true,
  'new-date-before-call': true, 'new-date-too-far': true, 'new-date-kind-invalid': true, 'reached-invalid': true,
};
const FORM_CODES: Record<FormError['code'] | 'region-failed', true> = { 'closed-range': true, 'closed-entry': true, 'promised-missing': true, 'tz-missing': true, 'region-failed': true };

describe('the planner’s English message module', () => {
  it.each(Object.keys(MESSAGES) as MessageKey[])('%s renders with no slot left empty', (key) => {
    const text = t(key, ALL_VALUES);
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(/[{}]|undefined|NaN/);
  });

  it.each([...Object.keys(PLAN_CODES), ...Object.keys(FORM_CODES)])('error %s has a message, for calls and for emails', (code) => {
    expect(MESSAGES).toHaveProperty(`error.${code}`);
    for (const channel of ['phone', 'email']) {
      const text = errorText(code, { channel, n: 1, entry: 'Friday', max: 2000 });
      expect(text).not.toMatch(/[{}]/);
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it('fills named slots and leaves unknown ones visible', () => {
    expect(fill('{Try} {n} of {total}', { Try: 'Call', n: 1, total: 2 })).toBe('Call 1 of 2');
    expect(fill('Hello {name}')).toBe('Hello {name}');
  });
});

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const CASES: PlanInput[] = [
  { interviewDate: '2026-03-03', today: '2026-03-03' },
  { interviewDate: '2026-03-03', today: '2026-03-20', promisedDate: '2026-03-06', keen: true, maxCalls: 3, closedDates: ['2026-03-10'] },
  { interviewDate: '2026-03-03', today: '2026-03-10', now: '17:30', calls: [{ date: '2026-03-10', reached: 'front-desk', newDate: '2026-03-16' }] },
  { interviewDate: '2026-03-03', today: '2026-03-10', channel: 'email', arrangedBy: 'agency', offerEmail: true, calls: [{ date: '2026-03-05', newDate: '2026-03-16', newDateKind: 'call-back' }] },
  { interviewDate: '2026-03-02', today: '2026-03-20', calls: [{ date: '2026-03-10', reached: 'voicemail' }, { date: '2026-03-17', newDate: '2026-03-19' }] },
];

describe('planFollowUp returns codes, not prose', () => {
  it.each(CASES)('plan %#: every string is a code, a date or a time', (input) => {
    const result = planFollowUp(input);
    expect(result.ok).toBe(true);
    for (const text of strings(result)) expect(text).toMatch(/^[A-Za-z0-9:._-]+$/);
    // …and the message module words every step and reason of it.
    if (!result.ok) return;
    const { plan } = result;
    for (const step of plan.steps) expect(Object.values(stepText(step, plan)).join(' ')).not.toMatch(/[{}]|undefined/);
    for (const call of plan.calls) expect(callWhy(call, plan)).toMatch(/^[A-Z].*\.$/);
    expect(planToText(plan, 'UTC', 'UTC')).not.toMatch(/[{}]|undefined/);
  });

  it('errors are fields, codes and values', () => {
    const result = planFollowUp({ interviewDate: '2026-02-30', today: '2026-03-10', workingDays: [1], closedDates: ['Friday'], calls: [{ date: '2026-03-11' }] } as PlanInput);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const error of result.errors) {
      expect(Object.keys(error).sort()).toEqual(error.values ? ['code', 'field', 'values'] : ['code', 'field']);
      expect(strings(error.code).concat(strings(error.field))).toEqual([error.code, error.field]);
      expect(error.code).toMatch(/^[a-z-]+$/);
    }
    expect(result.errors.map((error) => error.code)).toEqual(['interview-not-a-date', 'working-days-only-monday', 'closed-not-a-date', 'call-after-today']);
  });
});

// The form's words travel as props from Planner.astro (in the page's HTML, not the bundle).
// These read the components' source for every message key they name, so a label added as a key
// that the module lacks, or left as an English literal, fails here.
const DIR = 'src/components/planner/';
const COMPONENTS = ['Planner.astro', 'Planner.tsx', 'PlannerForm.tsx', 'PlanView.tsx', 'form-choices.ts'];
/** A component's source without its comments (which may quote keys and speak English). */
const code = (file: string) => readFileSync(DIR + file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');

/** What each `${…}` in a key built from a template can be, by the expression in it. */
const SLOT_VALUES: [RegExp, readonly (string | number)[]][] = [
  [/channel/, ['phone', 'email']],
  [/^day$/, WEEKDAYS],
  [/^key$/, ['open', 'close']],
  [/^step\.status$/, ['done', 'missed', 'due', 'upcoming']],
];
const FAMILIES = { TOLD, TOUCHES, REACHED, KINDS } as const;

/** Every key a component names: literal keys as written, template keys spelled out for each value. */
function keysUsed(file: string): string[] {
  const text = code(file);
  const keys: string[] = [];
  for (const [, , key] of text.matchAll(/(['`])((?:form|view|badge|noscript)\.[^'`\s]*)\1/g)) {
    if (key === 'form.${family}.${value}') continue; // labelled(): spelled out below, from its calls.
    const slots = [...key.matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1]);
    let expanded = [key];
    for (const slot of slots) {
      const values = SLOT_VALUES.find(([pattern]) => pattern.test(slot))?.[1];
      expect(values, `${file}: what can \${${slot}} be in ${key}? Add it to SLOT_VALUES`).toBeDefined();
      expanded = expanded.flatMap((k) => values!.map((v) => k.replace(`\${${slot}}`, String(v))));
    }
    keys.push(...expanded);
  }
  for (const [, family, list] of text.matchAll(/labelled\(\w+, '(\w+)', (\w+)\)/g)) {
    keys.push(...FAMILIES[list as keyof typeof FAMILIES].map((value) => `form.${family}.${value}`));
  }
  return keys;
}

describe('the planner’s interface words', () => {
  const used = new Map(COMPONENTS.map((file) => [file, keysUsed(file)]));
  const all = new Set([...used.values()].flat());

  it.each(COMPONENTS)('every key %s uses is in the English module and renders whole', (file) => {
    for (const key of used.get(file)!) {
      expect(MESSAGES, `${file} uses ${key}`).toHaveProperty([key]);
      expect(t(key as MessageKey, ALL_VALUES), key).not.toMatch(/[{}]|undefined/);
    }
  });

  it('finds the keys it looks for (the search is not blind)', () => {
    expect(used.get('PlannerForm.tsx')).toEqual(expect.arrayContaining(['form.submit', 'form.third', 'form.days', 'form.more.email', 'form.told.two-weeks', 'form.day.7', 'form.call.remove.phone']));
    expect(used.get('Planner.tsx')).toEqual(expect.arrayContaining(['form.region.loaded', 'form.engine-failed']));
    expect(used.get('PlanView.tsx')).toEqual(expect.arrayContaining(['view.heading', 'badge.upcoming']));
  });

  it('sends the island every form key, and every form key is used', () => {
    const formKeys = Object.keys(MESSAGES).filter((key) => key.startsWith('form.'));
    expect(Object.keys(formMessages()).sort()).toEqual(formKeys.sort());
    expect(formKeys.filter((key) => !all.has(key))).toEqual([]);
    expect([...all].filter((key) => key.startsWith('form.') && !formKeys.includes(key))).toEqual([]);
  });

  /** Code that the search for markup text finds between braces and angle brackets. */
  const CODE_WORDS = /^(?:export|interface|function|class|catch|return|const|else)\b|^:/;

  it.each(['Planner.tsx', 'PlannerForm.tsx', 'PlanView.tsx', 'Planner.astro'])('%s holds no English of its own', (file) => {
    const text = code(file);
    // Quoted strings that read as a sentence ("Allow a third call"), and text in the markup
    // between tags and {expressions} ("I’d rather {…} on the day they named"), but not code.
    const quoted = [...text.matchAll(/(['"`])([A-Z][^'"`\n]*? [a-z][^'"`\n]*)\1/g)].map((m) => m[2]);
    const between = [...text.matchAll(/[>}]([^<>{}]+)(?=[{<])/g)]
      .map((m) => m[1].trim())
      .filter((words) => /^[A-Za-z’'“”,.:;!?… -]+$/.test(words) && /[A-Za-z]{2}/.test(words) && !CODE_WORDS.test(words));
    expect([...quoted, ...between]).toEqual([]);
  });

  it('names a link’s unreadable parameters in words', () => {
    expect(paramLabel('made')).toBe('calls you made');
    expect(paramLabel('zzz')).toBe('zzz');
    expect(ignoredNotice(['interview', 'tz'])).toBe('Part of the link couldn’t be read, so we left it out: interview date, time zone. Check the form, then make your plan again.');
  });
});
