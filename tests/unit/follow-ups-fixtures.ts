/** Shared test data for the board's unit tests. */
import fc from 'fast-check';
import {
  ARRANGED_BY, CHANNELS, HISTORY_KINDS, NEW_DATE_KINDS, OUTCOMES, ROUND_KINDS, STATUSES,
  type Application, type HistoryEntry,
} from '../../src/lib/follow-ups-model';
import { REGIONS } from '../../src/data/regions';
import type { IsoDate } from '../../src/lib/dates/iso';

export function makeApp(over: Partial<Application> = {}): Application {
  return {
    id: 'a1',
    company: 'Acme',
    role: 'Analyst',
    contactName: 'Dana Lee',
    contactEmail: 'dana@example.com',
    contactPhone: '+1 555 201 4477',
    arrangedBy: 'employer',
    channel: '',
    rounds: [{ date: '2026-03-03', kind: 'first' }],
    told: 'none',
    promised: '',
    region: '',
    tz: 'America/New_York',
    notes: '',
    history: [],
    status: 'waiting',
    createdAt: '2026-03-03T18:00:00.000Z',
    updatedAt: '2026-03-03T18:00:00.000Z',
    ...over,
  };
}

export function call(date: string, over: Partial<HistoryEntry> = {}): HistoryEntry {
  return { id: `h-${date}-${over.kind ?? 'call'}`, kind: 'call', date: date as IsoDate, outcome: 'voicemail', ...over };
}

const isoDate = fc
  .date({ min: new Date(Date.UTC(2025, 0, 1)), max: new Date(Date.UTC(2027, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);
const instant = fc
  .date({ min: new Date(Date.UTC(2025, 0, 1)), max: new Date(Date.UTC(2027, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString());
// Any text at all, hostile or not, within the length limits.
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: Math.min(max, 40) });

const historyEntry: fc.Arbitrary<HistoryEntry> = fc
  .record(
    {
      id: fc.uuid(),
      kind: fc.constantFrom(...HISTORY_KINDS),
      date: isoDate,
      outcome: fc.constantFrom(...OUTCOMES),
      newDateOffset: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      newDateKind: fc.option(fc.constantFrom(...NEW_DATE_KINDS), { nil: undefined }),
      note: fc.option(text(5000), { nil: undefined }),
    },
    { requiredKeys: ['id', 'kind', 'date', 'outcome'] },
  )
  .map(({ newDateOffset, newDateKind, note, ...entry }) => {
    const out: HistoryEntry = { ...entry };
    if (newDateOffset !== undefined) {
      const d = new Date(`${entry.date}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + newDateOffset);
      out.newDate = d.toISOString().slice(0, 10) as IsoDate;
      if (newDateKind) out.newDateKind = newDateKind;
    }
    if (note !== undefined) out.note = note;
    return out;
  });

/** Any valid application. */
export const applicationArb: fc.Arbitrary<Application> = fc
  .record({
    id: fc.uuid(),
    company: text(200).filter((s) => s.trim() !== ''),
    role: text(200),
    contactName: text(200),
    contactEmail: fc.constantFrom('', 'a@b.c', 'dana.lee+jobs@example.co.uk'),
    contactPhone: text(200),
    arrangedBy: fc.constantFrom(...ARRANGED_BY),
    channel: fc.constantFrom(...CHANNELS),
    rounds: fc.array(fc.record({ date: isoDate, kind: fc.constantFrom(...ROUND_KINDS) }), { minLength: 1, maxLength: 4 }),
    told: fc.constantFrom('none', 'end-of-week', 'next-week', 'two-weeks'),
    region: fc.constantFrom('', ...REGIONS.map((r) => r.code)),
    tz: fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Kathmandu', 'UTC'),
    notes: text(5000),
    history: fc.array(historyEntry, { maxLength: 5 }),
    status: fc.constantFrom(...STATUSES),
    createdAt: instant,
    updatedAt: instant,
  })
  .map((app) => ({ ...app, promised: '' }) as Application);
