import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_DETAILS,
  DETAILS_STORAGE_KEY,
  MAX_FIELD_LENGTH,
  TEXT_FIELDS,
  forgetDetails,
  loadDetails,
  normaliseDetails,
  parseDetails,
  saveDetails,
  serialiseDetails,
  type FormDetails,
  type StorageLike,
} from '../../src/lib/script-details-store';

const SAMPLE: FormDetails = {
  ...DEFAULT_DETAILS,
  yourName: 'Alex Rivera',
  phone: '+1 555 201 4477',
  role: 'Analyst',
  interviewDate: '2026-03-03',
  tone: 'formal',
};

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  getItem(key: string) { return this.map.get(key) ?? null; }
  setItem(key: string, value: string) { this.map.set(key, value); }
  removeItem(key: string) { this.map.delete(key); }
}

const throwing = (name: string): StorageLike => ({
  getItem() { throw new DOMException('blocked', name); },
  setItem() { throw new DOMException('full', name); },
  removeItem() { throw new DOMException('blocked', name); },
});

describe('storage key', () => {
  it('is namespaced and versioned', () => {
    expect(DETAILS_STORAGE_KEY).toBe('callback-kit:call-scripts:details:v1');
  });
});

describe('parseDetails', () => {
  it.each([
    [null, 'empty'],
    ['', 'empty'],
    ['{', 'corrupt'],
    ['not json', 'corrupt'],
    ['null', 'corrupt'],
    ['42', 'corrupt'],
    ['[]', 'corrupt'],
    ['{"details":{"yourName":"A"}}', 'corrupt'],
    ['{"version":2,"details":{"yourName":"A"}}', 'corrupt'],
    ['{"version":1,"details":null}', 'corrupt'],
    ['{"version":1,"details":"Alex"}', 'corrupt'],
    ['{"version":1,"details":{}}', 'ok'],
  ] as const)('%s → %s', (raw, status) => {
    const loaded = parseDetails(raw);
    expect(loaded.status).toBe(status);
    if (status !== 'ok') expect(loaded.details).toEqual(DEFAULT_DETAILS);
  });

  it('keeps only known string fields and a known tone', () => {
    const raw = JSON.stringify({
      version: 1,
      details: { yourName: 'Sam', phone: 5552014477, role: ['x'], tone: 'shouty', __proto__: { evil: 1 }, extra: 'no' },
    });
    const { details, status } = parseDetails(raw);
    expect(status).toBe('ok');
    expect(details).toEqual({ ...DEFAULT_DETAILS, yourName: 'Sam' });
    expect(Object.keys(details).sort()).toEqual([...TEXT_FIELDS, 'tone', 'askFeedback'].sort());
  });

  it('reads details saved before the recruiter, offer and feedback fields existed, filling those in empty', () => {
    const raw = JSON.stringify({ version: 1, details: { yourName: 'Sam', interviewDate: '2026-03-03', tone: 'formal' } });
    expect(parseDetails(raw)).toEqual({ details: { ...DEFAULT_DETAILS, yourName: 'Sam', interviewDate: '2026-03-03', tone: 'formal' }, status: 'ok' });
    expect(DEFAULT_DETAILS.askFeedback).toBe(true);
  });

  it('keeps "don’t ask for feedback" and ignores anything but true or false there', () => {
    expect(parseDetails('{"version":1,"details":{"askFeedback":false}}').details.askFeedback).toBe(false);
    expect(parseDetails('{"version":1,"details":{"askFeedback":"no"}}').details.askFeedback).toBe(true);
  });

  it('cuts absurdly long values', () => {
    const raw = JSON.stringify({ version: 1, details: { role: 'a'.repeat(MAX_FIELD_LENGTH + 50) } });
    expect(parseDetails(raw).details.role).toHaveLength(MAX_FIELD_LENGTH);
  });
});

describe('round trip', () => {
  it('reads back what it wrote', () => {
    expect(parseDetails(serialiseDetails(SAMPLE))).toEqual({ details: SAMPLE, status: 'ok' });
  });

  it('reads back any details, whatever characters they hold', () => {
    const field = fc.string({ unit: 'binary', maxLength: 200 });
    const arb = fc.record({
      yourName: field, phone: field, email: field, role: field, company: field, interviewerName: field,
      interviewDate: field, promisedDate: field, competingOfferDeadline: field,
      recruiterName: field, answerBy: field, reason: field, refereeName: field,
      tone: fc.constantFrom('warm' as const, 'formal' as const),
      askFeedback: fc.boolean(),
    });
    fc.assert(fc.property(arb, (d) => {
      expect(parseDetails(serialiseDetails(d)).details).toEqual(d);
    }), { numRuns: 300 });
  }, 20_000);

  it('never throws on arbitrary stored text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
      const { details } = parseDetails(raw);
      expect(normaliseDetails(details)).toEqual(details);
    }));
  });
});

describe('load, save, forget', () => {
  it('saves under the key, loads and forgets', () => {
    const storage = new MemoryStorage();
    expect(loadDetails(storage).status).toBe('empty');
    expect(saveDetails(storage, SAMPLE)).toBe('saved');
    expect([...storage.map.keys()]).toEqual([DETAILS_STORAGE_KEY]);
    expect(loadDetails(storage)).toEqual({ details: SAMPLE, status: 'ok' });
    expect(forgetDetails(storage)).toBe(true);
    expect(loadDetails(storage).status).toBe('empty');
  });

  it('reports corrupt data and falls back to defaults', () => {
    const storage = new MemoryStorage();
    storage.setItem(DETAILS_STORAGE_KEY, '{"version":1,"details":');
    expect(loadDetails(storage)).toEqual({ details: DEFAULT_DETAILS, status: 'corrupt' });
  });

  it.each([
    ['disabled (SecurityError)', throwing('SecurityError')],
    ['full (QuotaExceededError)', throwing('QuotaExceededError')],
    ['missing', null],
  ])('never throws when storage is %s', (_label, storage) => {
    expect(loadDetails(storage)).toEqual({ details: DEFAULT_DETAILS, status: 'unavailable' });
    expect(saveDetails(storage, SAMPLE)).toBe('unavailable');
    expect(forgetDetails(storage)).toBe(false);
  });

  it('reports a full store on save while reading still works', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    expect(saveDetails(storage, SAMPLE)).toBe('unavailable');
    expect(loadDetails(storage).status).toBe('empty');
  });
});
