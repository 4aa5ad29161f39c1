/**
 * The script generator's words live in a wording pack (src/components/call-scripts/scripts.en.ts);
 * the rules in src/lib only choose the parts and fill them. These tests hold both halves: every
 * slot the English pack names is filled, and another pack (a made-up one, with French dates)
 * changes every word of the output without touching the rules.
 */
import { describe, expect, it } from 'vitest';
import { buildScripts, competingOfferDraft, type ScriptDetails, type ScriptWords, type Scripts, type Tone } from '../../src/lib/follow-up-scripts';
import { SCRIPT_WORDS_EN } from '../../src/components/call-scripts/scripts.en';

const TODAY = '2026-03-10';
const TONES: Tone[] = ['warm', 'formal'];

/** Every detail filled, so every optional part of every script is on. */
const EVERYTHING: ScriptDetails = {
  yourName: 'Alex Rivera', phone: '(555) 201-4477 ext 12', email: 'alex@example.com', role: 'Analyst', company: 'Northwind',
  interviewerName: 'Dana', interviewDate: '2026-03-03', promisedDate: '2026-03-06', competingOfferDeadline: '2026-03-16',
  recruiterName: 'Priya', answerBy: '2026-03-13', reason: 'I have accepted a role closer to home', refereeName: 'Morgan',
};

function allText(s: Scripts): string {
  // A null script (the competing-offer email without a real deadline) is not shown.
  return Object.values(s)
    .filter((value) => value !== null)
    .map((value) => (value !== null && typeof value === 'object' ? `${value.subject}\n${value.body}` : String(value)))
    .join('\n');
}

/** The same pack shape with every template marked (an empty one, a part left out, stays empty), and dates for another locale. */
function markedPack(words: ScriptWords, locale: string): ScriptWords {
  const mark = (value: unknown): unknown =>
    typeof value === 'string' ? (value === '' ? '' : `«${value}»`) : Array.isArray(value) ? value.map(mark) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v)])) : value;
  return { ...(mark(words) as ScriptWords), locale };
}

describe.each(TONES)('the English wording pack, %s tone', (tone) => {
  it('fills every slot of every script, with every optional part on and with none', () => {
    for (const details of [{ ...EVERYTHING, tone }, { tone }]) {
      const text = allText(buildScripts(details, TODAY, SCRIPT_WORDS_EN)) + competingOfferDraft(details, TODAY, SCRIPT_WORDS_EN).body;
      expect(text).not.toMatch(/[{}]|undefined|null|NaN/);
    }
  });
});

describe('a second pack changes the words, not the rules', () => {
  const details = { ...EVERYTHING, interviewDate: '2026-02-03' };

  it('writes dates with Intl for the pack’s locale', () => {
    const french = buildScripts(details, TODAY, markedPack(SCRIPT_WORDS_EN, 'fr-FR'));
    expect(buildScripts(details, TODAY, SCRIPT_WORDS_EN).voicemail).toContain('February 3');
    expect(french.voicemail).toContain('3 février');
    expect(allText(french)).not.toMatch(/February|March|Monday|Friday/);
  });

  it.each(TONES)('takes every part of every script from the pack (%s): the same parts in the same order', (tone) => {
    const english = allText(buildScripts({ ...details, tone }, TODAY, SCRIPT_WORDS_EN));
    const marked = allText(buildScripts({ ...details, tone }, TODAY, markedPack(SCRIPT_WORDS_EN, 'en-US')));
    // Every sentence came through the pack (it carries the marks), and nothing else changed.
    expect(marked).not.toEqual(english);
    expect(marked.replace(/[«»]/g, '')).toEqual(english);
  });
});
