import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkScriptDates,
  describeDate as describeDateIn,
  estimateSpeakingSeconds as estimateWith,
  groupPhoneForSpeech as groupPhoneWith,
  parseIsoDate,
  VOICEMAIL_TARGET_SECONDS,
  type ScriptDetails,
  type Scripts,
  type Tone,
} from '../../src/lib/follow-up-scripts';
import { TOOL_COPY } from '../../src/components/call-scripts/copy';
// The scripts in English: the rules with the English wording pack, as the tool uses them.
import { buildScripts } from '../../src/components/call-scripts/script-engine';
import { SCRIPT_WORDS_EN } from '../../src/components/call-scripts/scripts.en';

const PLACEHOLDERS = SCRIPT_WORDS_EN.placeholders;
const describeDate = (iso: string | undefined, today: string, placeholder: string) => describeDateIn(iso, today, placeholder, SCRIPT_WORDS_EN);
const groupPhoneForSpeech = (phone: string) => groupPhoneWith(phone, SCRIPT_WORDS_EN.extension);
const estimateSpeakingSeconds = (text: string) => estimateWith(text, PLACEHOLDERS.phone);
import { yearBefore, type IsoDate } from '../../src/lib/dates';

// Tuesday.
const TODAY = '2026-03-10';

const FULL: ScriptDetails = {
  yourName: 'Alex Rivera',
  phone: '(555) 201-4477',
  email: 'alex.rivera@example.com',
  role: 'Project Coordinator',
  company: 'Northwind Logistics',
  interviewerName: 'Dana Lee',
  interviewDate: '2026-03-03',
};

type ScriptKey = { [K in keyof Scripts]: Scripts[K] extends string ? K : never }[keyof Scripts];
const SPOKEN_KEYS: ScriptKey[] = [
  'voicemail', 'callOpener', 'receptionist', 'notDecided', 'notSelected', 'positionFilled', 'offer', 'missedScheduledCall',
];
const TONES: Tone[] = ['warm', 'formal'];

function allText(s: Scripts): string {
  // A null script (the competing-offer email without a real deadline) is not shown: nothing to print.
  return Object.values(s)
    .filter((value) => value !== null)
    .map((value) => (value !== null && typeof value === 'object' ? `${value.subject}\n${value.body}` : String(value)))
    .join('\n');
}

describe('parseIsoDate', () => {
  it.each([
    ['2026-03-10', { year: 2026, month: 3, day: 10, weekday: 2 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, weekday: 4 }],
    [' 2026-01-01 ', { year: 2026, month: 1, day: 1, weekday: 4 }],
  ])('reads %s', (iso, expected) => {
    expect(parseIsoDate(iso)).toMatchObject(expected);
  });

  // '0202-11-24' is what a date box holds after typing 2, 0, 2 of the year 2026.
  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-3-10', '10/03/2026', '', 'tomorrow', undefined, '0202-11-24', '0020-11-24'])(
    'rejects %s',
    (iso) => {
      expect(parseIsoDate(iso)).toBeNull();
    },
  );
});

describe('describeDate (today is Tuesday, March 10, 2026)', () => {
  it.each([
    ['2026-03-10', TODAY, 'today', 'today'],
    ['2026-03-09', TODAY, 'yesterday', 'yesterday'],
    ['2026-03-11', TODAY, 'tomorrow', 'tomorrow'],
    ['2026-03-03', TODAY, 'last Tuesday, March 3', 'last Tuesday, March 3'],
    ['2026-03-02', TODAY, 'last Monday, March 2', 'last Monday, March 2'],
    ['2026-03-08', TODAY, 'last Sunday, March 8', 'last Sunday, March 8'],
    ['2026-03-01', TODAY, 'on March 1', 'March 1'],
    ['2026-02-12', TODAY, 'on February 12', 'February 12'],
    ['2026-03-13', TODAY, 'this Friday, March 13', 'this Friday, March 13'],
    ['2026-03-15', TODAY, 'this Sunday, March 15', 'this Sunday, March 15'],
    ['2026-03-16', TODAY, 'next Monday, March 16', 'next Monday, March 16'],
    ['2026-03-22', TODAY, 'next Sunday, March 22', 'next Sunday, March 22'],
    ['2026-03-23', TODAY, 'on March 23', 'March 23'],
    ['2025-12-30', TODAY, 'on December 30, 2025', 'December 30, 2025'],
    ['2027-01-04', TODAY, 'on January 4, 2027', 'January 4, 2027'],
    // Earlier in the same week, but more than a day ago.
    ['2026-03-10', '2026-03-12', 'on Tuesday, March 10', 'Tuesday, March 10'],
    // Across a year boundary inside one Monday-to-Sunday week.
    ['2025-12-30', '2026-01-02', 'on Tuesday, December 30', 'Tuesday, December 30'],
    ['2025-12-26', '2026-01-02', 'last Friday, December 26', 'last Friday, December 26'],
    // Leap day.
    ['2024-02-29', '2024-03-05', 'last Thursday, February 29', 'last Thursday, February 29'],
  ])('%s seen from %s reads "%s"', (iso, today, on, bare) => {
    expect(describeDate(iso, today, '[x]')).toEqual({ on, bare });
  });

  it.each(['', '2026-02-30', 'next week', undefined])('%s becomes the placeholder', (iso) => {
    expect(describeDate(iso, TODAY, '[interview date]')).toEqual({ on: 'on [interview date]', bare: '[interview date]' });
  });

  it('falls back to the full date when today itself is malformed', () => {
    expect(describeDate('2026-03-03', 'not a date', '[x]')).toEqual({ on: 'on March 3, 2026', bare: 'March 3, 2026' });
  });
});

describe('groupPhoneForSpeech', () => {
  it.each([
    ['(555) 201-4477', '555 201 4477'],
    ['5552014477', '555 201 4477'],
    ['15552014477', '1 555 201 4477'],
    ['+1 555 201 4477', '+1 555 201 4477'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
    // Typed without spaces, an international number keeps its country code apart.
    ['+442079460958', '+44 207 946 0958'],
    ['+15552014477', '+1 555 201 4477'],
    ['+33123456789', '+33 123 456 789'],
    ['+491701234567', '+49 170 123 4567'],
    ['+353861234567', '+353 861 234 567'],
    ['+74951234567', '+7 495 123 4567'],
    // The trunk 0 in brackets is for calls from inside the country only: not said after +44.
    ['+44 (0)20 7946 0958', '+44 20 7946 0958'],
    ['+44(0)7700 900123', '+44 770 090 0123'],
    ['(020) 7946 0958', '020 7946 0958'],
    ['555.201.4477 ext. 12', '555 201 4477, extension 12'],
    ['555-201-4477 x9', '555 201 4477, extension 9'],
    ['2014477', '201 4477'],
    ['12345', '123 45'],
    ['call my cell', 'call my cell'],
  ])('%s is read as %s', (typed, spoken) => {
    expect(groupPhoneForSpeech(typed)).toBe(spoken);
  });

  it('never leaves a group longer than four digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ()./-]{1,30}$/), (typed) => {
        const spoken = groupPhoneForSpeech(typed);
        for (const group of spoken.replace(/^\+/, '').split(/[^0-9]+/)) expect(group.length).toBeLessThanOrEqual(4);
        // Every digit typed is said, except a bracketed trunk 0 after a country code ("+44 (0)20").
        const said = typed.startsWith('+') ? typed.replace(/\(\s*0\s*\)/, ' ') : typed;
        expect(spoken.replace(/\D/g, '')).toBe(said.replace(/\D/g, ''));
      }),
    );
  });
});

describe('estimateSpeakingSeconds', () => {
  it.each([
    ['', 0],
    ['one two three', 2], // 3 words at 150 wpm = 1.2 s, rounded up
    [Array.from({ length: 150 }, () => 'word').join(' '), 60],
    ['555 201 4477', 4], // ten digits, each said on its own
    [`Call ${PLACEHOLDERS.phone}`, 5], // a missing number counts as ten digits
  ])('"%s" takes %i s', (text, seconds) => {
    expect(estimateSpeakingSeconds(text)).toBe(seconds);
  });
});

// Where each filled field must appear, word for word, per script.
const BELONGS: Record<string, Array<keyof ScriptDetails>> = {
  voicemail: ['yourName', 'interviewerName', 'role', 'company'],
  callOpener: ['yourName', 'interviewerName', 'role', 'company'],
  receptionist: ['yourName', 'interviewerName', 'role'],
  notDecided: ['interviewerName'],
  notSelected: ['interviewerName', 'company'],
  positionFilled: ['interviewerName', 'company'],
  offer: ['interviewerName', 'company', 'role'],
  missedScheduledCall: ['yourName', 'interviewerName', 'role', 'company'],
  'followUpEmail.subject': ['role'],
  'followUpEmail.body': ['yourName', 'phone', 'email', 'interviewerName', 'role', 'company'],
  'thankYouNote.body': ['yourName', 'phone', 'email', 'interviewerName', 'role', 'company'],
};

function pick(s: Scripts, key: string): string {
  if (key.includes('.')) {
    const [email, part] = key.split('.') as ['followUpEmail' | 'thankYouNote', 'subject' | 'body'];
    return s[email][part];
  }
  return s[key as ScriptKey];
}

describe.each(TONES)('buildScripts, %s tone', (tone) => {
  const scripts = buildScripts({ ...FULL, tone }, TODAY);

  it.each(Object.entries(BELONGS))('%s holds its fields', (key, fields) => {
    const text = pick(scripts, key);
    for (const field of fields) expect(text).toContain(FULL[field]);
    expect(text).not.toMatch(/\[(your name|job title|company|interviewer's name|interview date)\]/);
  });

  it('says the interview date relative to today', () => {
    for (const key of ['voicemail', 'callOpener', 'receptionist', 'followUpEmail.body', 'thankYouNote.body']) {
      expect(pick(scripts, key)).toContain('last Tuesday, March 3');
    }
  });

  it('says the phone number twice in the voicemail, grouped for reading aloud', () => {
    expect(scripts.voicemail.split('555 201 4477')).toHaveLength(3);
    expect(scripts.voicemail).not.toContain('(555) 201-4477');
  });

  it('keeps the voicemail within about 30 seconds for typical details', () => {
    expect(scripts.voicemailSeconds).toBeGreaterThan(10);
    expect(scripts.voicemailSeconds).toBeLessThanOrEqual(VOICEMAIL_TARGET_SECONDS);
    expect(scripts.voicemailSeconds).toBe(estimateSpeakingSeconds(scripts.voicemail));
  });

  it('lists what to write down when offered the job', () => {
    for (const item of ['Start date', 'Where to go', 'Dress code', 'Salary', 'contract', 'written offer']) {
      expect(scripts.offer).toContain(item);
    }
  });

  it('signs both emails with name, phone and email on their own lines', () => {
    for (const body of [scripts.followUpEmail.body, scripts.thankYouNote.body]) {
      expect(body.endsWith(`\n${FULL.yourName}\n${FULL.phone}\n${FULL.email}`)).toBe(true);
    }
  });

  it('leaves out the promised date and the competing offer when not given', () => {
    const text = allText(scripts);
    expect(text).not.toMatch(/another offer/);
    expect(text).not.toMatch(/decide by|decision was expected/);
  });

  it('mentions the promised date in the opener and the follow-up email', () => {
    const withPromise = buildScripts({ ...FULL, tone, promisedDate: '2026-03-06' }, TODAY);
    expect(withPromise.callOpener).toContain('by last Friday, March 6');
    expect(withPromise.followUpEmail.body).toContain('by last Friday, March 6');
    expect(withPromise.missedScheduledCall).toContain('last Friday, March 6, about');
  });

  it('adds the competing offer, politely, where it matters', () => {
    const competing = buildScripts({ ...FULL, tone, competingOfferDeadline: '2026-03-13' }, TODAY);
    for (const key of ['voicemail', 'callOpener', 'followUpEmail.body']) {
      const text = pick(competing, key);
      expect(text).toContain('another offer');
      expect(text).toContain('this Friday, March 13');
      expect(text).not.toMatch(/!|must|immediately|urgent|ASAP/i);
    }
    expect(competing.voicemailSeconds).toBeGreaterThan(scripts.voicemailSeconds);
  });

  it('asks about the missed call without blame, using the planned date', () => {
    const missed = buildScripts({ ...FULL, tone, promisedDate: '2026-03-05' }, TODAY);
    expect(missed.missedScheduledCall).toContain('last Thursday, March 5');
    expect(missed.missedScheduledCall).toContain('555 201 4477');
    expect(missed.missedScheduledCall).not.toMatch(/forgot|missed|didn't call|never called|disappoint/i);
    expect(scripts.missedScheduledCall).toContain(PLACEHOLDERS.scheduledCallDate);
  });

  it('shows a placeholder for every empty field', () => {
    const empty = buildScripts({ tone }, TODAY);
    const text = allText(empty);
    for (const placeholder of Object.values(PLACEHOLDERS)) expect(text).toContain(placeholder);
    expect(empty.voicemail).toContain(`at ${PLACEHOLDERS.company}`);
    expect(empty.voicemail.split(PLACEHOLDERS.phone)).toHaveLength(3);
  });

  it('treats whitespace-only fields as empty and trims the rest', () => {
    const s = buildScripts({ tone, yourName: '   ', role: '  Analyst \t' }, TODAY);
    expect(s.voicemail).toContain(PLACEHOLDERS.yourName);
    expect(s.voicemail).toContain(' Analyst ');
    expect(s.voicemail).not.toContain('  Analyst');
  });
});

describe('tone', () => {
  it('makes the two tones differ in every script', () => {
    const warm = buildScripts({ ...FULL, tone: 'warm' }, TODAY);
    const formal = buildScripts({ ...FULL, tone: 'formal' }, TODAY);
    for (const key of Object.keys(BELONGS)) expect(pick(warm, key)).not.toBe(pick(formal, key));
    expect(warm.followUpEmail.body.startsWith('Hi Dana Lee,')).toBe(true);
    expect(formal.followUpEmail.body.startsWith('Dear Dana Lee,')).toBe(true);
  });

  it('falls back to warm for a missing or unknown tone', () => {
    const warm = buildScripts({ ...FULL, tone: 'warm' }, TODAY);
    expect(buildScripts(FULL, TODAY)).toEqual(warm);
    expect(buildScripts({ ...FULL, tone: 'shouty' as Tone }, TODAY)).toEqual(warm);
  });
});

// Property tests ---------------------------------------------------------------------------

const FORBIDDEN = /undefined|null|NaN|\[object/;
const text = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .filter((s) => !FORBIDDEN.test(s));
const isoDate = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const maybeDate = fc.oneof(isoDate, text, fc.constant(''));
const details = fc.record(
  {
    yourName: text,
    phone: text,
    email: text,
    role: text,
    company: text,
    interviewerName: text,
    interviewDate: maybeDate,
    promisedDate: maybeDate,
    competingOfferDeadline: maybeDate,
    tone: fc.constantFrom<Tone>('warm', 'formal'),
  },
  { requiredKeys: [] },
);

describe('properties', () => {
  it('never prints undefined, null, NaN or [object, and always estimates a whole number of seconds', () => {
    fc.assert(
      fc.property(details, isoDate, (d, today) => {
        const s = buildScripts(d, today);
        expect(allText(s)).not.toMatch(FORBIDDEN);
        expect(Number.isInteger(s.voicemailSeconds)).toBe(true);
        expect(s.voicemailSeconds).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('puts every filled field, word for word, where it belongs; every empty one becomes its placeholder', () => {
    fc.assert(
      fc.property(details, isoDate, (d, today) => {
        const s = buildScripts(d, today);
        for (const [key, fields] of Object.entries(BELONGS)) {
          const out = pick(s, key);
          for (const field of fields) {
            const value = (((d as Record<string, unknown>)[field] as string | undefined) ?? '').trim();
            expect(out).toContain(value === '' ? PLACEHOLDERS[field as keyof typeof PLACEHOLDERS] : value);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('names any valid interview date in the year up to today by its month and day, and any other value by the placeholder', () => {
    fc.assert(
      fc.property(maybeDate, isoDate, fc.constantFrom<Tone>('warm', 'formal'), (interviewDate, today, tone) => {
        const s = buildScripts({ interviewDate, tone }, today);
        const parsed = parseIsoDate(interviewDate);
        const yearAgo = yearBefore(today as IsoDate);
        if (!parsed || interviewDate! > today || interviewDate! < yearAgo) {
          expect(s.voicemail).toContain(PLACEHOLDERS.interviewDate);
          return;
        }
        const { on } = describeDate(interviewDate, today, '');
        const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
        const relative = ['today', 'yesterday', 'tomorrow'].includes(on);
        if (!relative) expect(on).toContain(`${months[parsed.month - 1]} ${parsed.day}`);
        expect(s.voicemail).toContain(on);
        expect(s.followUpEmail.body).toContain(on);
      }),
      { numRuns: 300 },
    );
  });

  it('says a phone number with digits exactly twice in the voicemail, with all its digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9]{7,15}$/), fc.constantFrom<Tone>('warm', 'formal'), (phone, tone) => {
        const s = buildScripts({ phone, tone }, TODAY);
        const spoken = groupPhoneForSpeech(phone);
        expect(s.voicemail.split(spoken)).toHaveLength(3);
        expect(spoken.replace(/\D/g, '')).toBe(phone.replace(/\D/g, ''));
      }),
    );
  });
});

describe('checkScriptDates (today is Tuesday, March 10, 2026)', () => {
  const notes = (details: ScriptDetails) => checkScriptDates(details, TODAY).map(({ field, kind }) => `${field}:${kind}`);

  it.each<[string, ScriptDetails, string[]]>([
    ['nothing typed', {}, []],
    ['an interview last week', { interviewDate: '2026-03-03' }, []],
    // Less than a week ago with no day promised: too soon to call (F2, F11, H2).
    ['an interview today', { interviewDate: '2026-03-10' }, ['interviewDate:advice']],
    ['an interview yesterday', { interviewDate: '2026-03-09' }, ['interviewDate:advice']],
    ['an interview six days ago', { interviewDate: '2026-03-04' }, ['interviewDate:advice']],
    ['an interview yesterday, a day promised', { interviewDate: '2026-03-09', promisedDate: '2026-03-10' }, []],
    // Another offer to answer first is reason to ask now (E3): no "too soon" advice.
    ['an interview yesterday, an offer due Friday', { interviewDate: '2026-03-09', competingOfferDeadline: '2026-03-13' }, []],
    ['an interview yesterday, an offer due in a month', { interviewDate: '2026-03-09', competingOfferDeadline: '2026-04-10' }, ['interviewDate:advice']],
    ['a promise next week, an offer due before it', { interviewDate: '2026-03-03', promisedDate: '2026-03-20', competingOfferDeadline: '2026-03-16' }, []],
    ['a promise Friday, an offer due after it', { interviewDate: '2026-03-03', promisedDate: '2026-03-13', competingOfferDeadline: '2026-03-27' }, ['promisedDate:advice']],
    ['an interview tomorrow', { interviewDate: '2026-03-11' }, ['interviewDate:error']],
    // More than a year ago, as the planner counts it (H11): the wrong year picked.
    ['an interview a year ago to the day', { interviewDate: '2025-03-10' }, []],
    ['an interview a year and a day ago', { interviewDate: '2025-03-09' }, ['interviewDate:error']],
    ['a promise that has passed', { interviewDate: '2026-03-03', promisedDate: '2026-03-06' }, []],
    ['a promise for today', { interviewDate: '2026-03-03', promisedDate: '2026-03-10' }, []],
    ['a promise still ahead', { interviewDate: '2026-03-03', promisedDate: '2026-03-13' }, ['promisedDate:advice']],
    ['a promise before the interview', { interviewDate: '2026-03-03', promisedDate: '2026-03-02' }, ['promisedDate:error']],
    ['a promise on the interview day', { interviewDate: '2026-03-03', promisedDate: '2026-03-03' }, []],
    ['a promise ahead, no interview date', { promisedDate: '2026-03-20' }, ['promisedDate:advice']],
    ['both ahead: only the interview is wrong', { interviewDate: '2026-03-12', promisedDate: '2026-03-11' }, ['interviewDate:error', 'promisedDate:advice']],
    ['an offer deadline ahead', { competingOfferDeadline: '2026-03-12' }, []],
    ['an offer deadline today', { competingOfferDeadline: '2026-03-10' }, []],
    ['an offer deadline gone', { competingOfferDeadline: '2026-03-09' }, ['competingOfferDeadline:error']],
    ['a value that is not a date', { interviewDate: 'next week', promisedDate: '2026-02-30' }, []],
    ['a year half typed', { interviewDate: '2026-03-03', promisedDate: '0202-03-06', competingOfferDeadline: '0202-03-12' }, []],
  ])('%s', (_, details, expected) => {
    expect(notes(details)).toEqual(expected);
  });

  it('names each problem, and the tool has words for every one', () => {
    expect(checkScriptDates({ interviewDate: '2026-03-11' }, TODAY)[0].problem).toBe('interview-ahead');
    expect(checkScriptDates({ interviewDate: '2026-03-03', promisedDate: '2026-03-02' }, TODAY)[0].problem).toBe('promise-before-interview');
    expect(checkScriptDates({ promisedDate: '2026-03-11' }, TODAY)[0].problem).toBe('promise-ahead');
    expect(checkScriptDates({ competingOfferDeadline: '2026-03-01' }, TODAY)[0].problem).toBe('deadline-passed');
    expect(checkScriptDates({ interviewDate: '2026-03-09' }, TODAY)[0].problem).toBe('interview-recent');
    expect(checkScriptDates({ interviewDate: '2025-03-03' }, TODAY)[0].problem).toBe('interview-old');
    expect(buildScripts({ ...FULL, interviewDate: '2025-03-03' }, TODAY).voicemail).toContain(PLACEHOLDERS.interviewDate);
    const messages = TOOL_COPY.dateMessages;
    expect(messages['interview-ahead']).toMatch(/after today/);
    expect(messages['promise-before-interview']).toMatch(/before your interview/);
    expect(messages['promise-ahead']).toMatch(/too soon/);
    expect(messages['deadline-passed']).toMatch(/passed/);
    expect(messages['interview-old']).toMatch(/Check the year/);
    expect(messages['interview-recent']).toMatch(/day after the interview.*full week/);
  });

  it('leaves a wrong date out of every script, and keeps advice dates in', () => {
    const future = buildScripts({ ...FULL, interviewDate: '2026-03-17' }, TODAY);
    expect(future.voicemail).toContain(PLACEHOLDERS.interviewDate);
    expect(future.voicemail).not.toMatch(/next Tuesday/);
    const early = buildScripts({ ...FULL, promisedDate: '2026-03-02' }, TODAY);
    expect(early.followUpEmail.body).not.toMatch(/decide by|decision was expected/);
    const gone = buildScripts({ ...FULL, competingOfferDeadline: '2026-03-09' }, TODAY);
    expect(gone.voicemail).not.toMatch(/another offer/);
    const ahead = buildScripts({ ...FULL, promisedDate: '2026-03-13' }, TODAY);
    expect(ahead.followUpEmail.body).toContain('You mentioned you hoped to decide by this Friday, March 13.');
    expect(ahead.followUpEmail.body).not.toContain('check in');
    // Still ahead but with an offer due first: no advice, yet no "check in" and no missed call.
    const pressed = buildScripts({ ...FULL, promisedDate: '2026-03-20', competingOfferDeadline: '2026-03-16' }, TODAY);
    expect(pressed.followUpEmail.body).toContain('You mentioned you hoped to decide by next Friday, March 20.');
    expect(pressed.missedScheduledCall).toContain(PLACEHOLDERS.scheduledCallDate);
    const due = buildScripts({ ...FULL, promisedDate: '2026-03-06' }, TODAY);
    expect(due.followUpEmail.body).toContain("decide by last Friday, March 6, so I thought I'd check in.");
  });
});

describe('dates that are close (today is Tuesday, March 10, 2026)', () => {
  it.each(TONES)('an offer deadline of today is never "before today" (%s)', (tone) => {
    const s = buildScripts({ ...FULL, tone, competingOfferDeadline: TODAY }, TODAY);
    expect(allText(s)).not.toMatch(/before today/);
    expect(s.voicemail).toMatch(/update today|stand today/);
    expect(buildScripts({ ...FULL, tone, competingOfferDeadline: '2026-03-12' }, TODAY).voicemail).toContain('before this Thursday, March 12,');
  });

  it.each(TONES)('with an answer due elsewhere within the week, the call does not offer to call again next week (%s)', (tone) => {
    for (const deadline of [TODAY, '2026-03-12', '2026-03-16']) {
      expect(buildScripts({ ...FULL, tone, competingOfferDeadline: deadline }, TODAY).callOpener).not.toMatch(/next week/);
    }
    expect(buildScripts({ ...FULL, tone, competingOfferDeadline: '2026-03-17' }, TODAY).callOpener).toMatch(/next week/);
    expect(buildScripts({ ...FULL, tone }, TODAY).callOpener).toMatch(/next week/);
  });

  it.each(TONES)('a call they set up for a day still ahead is not called missed (%s)', (tone) => {
    const ahead = buildScripts({ ...FULL, tone, promisedDate: '2026-03-13' }, TODAY);
    expect(ahead.missedScheduledCall).toContain(PLACEHOLDERS.scheduledCallDate);
    expect(ahead.missedScheduledCall).not.toMatch(/March 13/);
    for (const [promised, said] of [['2026-03-06', 'last Friday, March 6'], [TODAY, 'today']]) {
      expect(buildScripts({ ...FULL, tone, promisedDate: promised }, TODAY).missedScheduledCall).toContain(said);
    }
  });
});

describe('names and companies that end with a full stop', () => {
  const DOTTED: ScriptDetails = { ...FULL, yourName: 'Sam Ortiz Jr.', company: 'Acme, Inc.', interviewerName: 'Dr. Ruiz Sr.' };
  it.each(TONES)('never doubles the full stop (%s)', (tone) => {
    const text = allText(buildScripts({ ...DOTTED, tone, promisedDate: '2026-03-05' }, TODAY));
    expect(text).not.toMatch(/\.\./);
    expect(text).toContain('Acme, Inc.');
    expect(text).toContain('Sam Ortiz Jr.');
    // A name without a full stop still ends its sentence with one.
    expect(allText(buildScripts({ ...FULL, tone }, TODAY))).toContain(`this is ${FULL.yourName}.`);
  });
});

describe('wording that holds at any time of day and any length', () => {
  it.each(TONES)('the receptionist script does not assume the time of day (%s)', (tone) => {
    const s = buildScripts({ ...FULL, tone }, TODAY);
    expect(s.receptionist).not.toMatch(/good (morning|afternoon|evening)/i);
  });

  it.each(TONES)('a competing offer keeps the voicemail close to 30 seconds (%s)', (tone) => {
    const s = buildScripts({ ...FULL, tone, competingOfferDeadline: '2026-03-13' }, TODAY);
    expect(s.voicemailSeconds).toBeLessThanOrEqual(VOICEMAIL_TARGET_SECONDS + 5);
    expect(s.voicemail).toMatch(/interested, and .*before this Friday, March 13, when I need to answer another offer\./);
  });
});
