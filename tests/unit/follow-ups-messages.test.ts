import { describe, expect, it } from 'vitest';
import { applicationFromForm, emptyForm } from '../../src/lib/follow-ups-form';
import { historyErrors } from '../../src/lib/follow-ups-model';
import { parseStore } from '../../src/lib/follow-ups-store';
import { M as SHELL, t } from '../../src/components/follow-ups/messages.en';
import { M, errorText, t as tAll, type MessageKey } from '../../src/components/follow-ups/messages-detail.en';

const ctx = { id: 'x', now: '2026-03-04T10:00:00.000Z' };

describe('the board’s words', () => {
  it.each([
    [{}, ['Enter the company’s name', 'Enter the date of your interview']],
    [{ company: 'A', rounds: [{ date: '2026-02-30', kind: 'first' }] }, ['Date of interview 1 must be a real date, like 2026-03-10']],
    [{ company: 'A', rounds: [{ date: '2026-03-03', kind: 'first' }], told: 'date' }, ['Enter the date they said you would hear back by']],
    [{ company: 'A'.repeat(201), rounds: [{ date: '2026-03-03', kind: 'first' }] }, ['Company must be 200 characters or fewer']],
    [{ company: 'A', rounds: [{ date: '2026-03-03', kind: 'first' }], contactEmail: 'no' }, ['Enter an email address like name@example.com']],
  ])('form errors read as sentences: %j', (over, messages) => {
    const result = applicationFromForm({ ...emptyForm('UTC'), ...over } as ReturnType<typeof emptyForm>, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => errorText(e.field, e.code, e.values))).toEqual(messages);
  });

  it('log errors read as sentences', () => {
    const errors = historyErrors({ id: 'h', kind: 'call', date: '2026-03-09', outcome: 'reached', newDate: '2026-03-01' }, '2026-03-08');
    expect(errors.map((e) => errorText(`log.${e.field}`, e.code, e.values))).toEqual(['The date can’t be after today', 'The new date must be on or after the day they gave it']);
  });

  it('every way a backup file can be wrong has its own message, saying nothing changed', () => {
    const codes = ['', 'x', '{}', '{"format":"callback-kit.follow-ups","version":9,"applications":[]}', '{"format":"callback-kit.follow-ups","version":1}'].map((text) => {
      const read = parseStore(text);
      return read.ok ? 'ok' : read.code;
    });
    expect(codes).toEqual(['empty', 'not-json', 'foreign', 'newer-version', 'damaged']);
    for (const code of codes) expect(t(`read.${code}` as keyof typeof SHELL)).toMatch(/Nothing was changed\.$/);
  });

  it('fills every named value and leaves no placeholder', () => {
    for (const [key, text] of Object.entries(M)) {
      const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const filled = tAll(key as MessageKey, Object.fromEntries(names.map((name) => [name, 'X'])));
      expect(filled, key).not.toMatch(/[{}]/);
    }
  });
});
