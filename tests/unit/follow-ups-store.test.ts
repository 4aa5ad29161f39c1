import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readApplication, type Application } from '../../src/lib/follow-ups-model';
import { applicationFromForm, emptyForm, formFromApplication } from '../../src/lib/follow-ups-form';
import { FORMAT, MAX_APPLICATIONS, parseStore, serialiseStore, VERSION } from '../../src/lib/follow-ups-store';
import { mergeApplications } from '../../src/lib/follow-ups-merge';
import { applicationArb, call, makeApp } from './follow-ups-fixtures';

const file = (applications: unknown, over: Record<string, unknown> = {}) => JSON.stringify({ format: FORMAT, version: VERSION, applications, ...over });

describe('the add/edit form', () => {
  const ctx = { id: 'new-1', now: '2026-03-04T10:00:00.000Z' };

  it('needs only a company and one interview date', () => {
    const form = { ...emptyForm('Europe/London'), company: ' Acme ', rounds: [{ date: '2026-03-03', kind: 'first' as const }] };
    const result = applicationFromForm(form, ctx);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.app).toMatchObject({ id: 'new-1', company: 'Acme', status: 'waiting', history: [], updatedAt: ctx.now, createdAt: ctx.now });
  });

  it.each([
    ['an empty form', {}, [{ field: 'company', code: 'required' }, { field: 'rounds.0.date', code: 'required' }]],
    ['a date that does not exist', { company: 'A', rounds: [{ date: '2026-02-30', kind: 'first' }] }, [{ field: 'rounds.0.date', code: 'invalid-date' }]],
    ['a promise with no date', { company: 'A', rounds: [{ date: '2026-03-03', kind: 'first' }], told: 'date' }, [{ field: 'promised', code: 'required' }]],
    ['a promise before the first round', { company: 'A', rounds: [{ date: '2026-03-03', kind: 'first' }], told: 'date', promised: '2026-03-01' }, [{ field: 'promised', code: 'before-interview' }]],
    ['a phone number in the email box', { company: 'A', rounds: [{ date: '2026-03-03', kind: 'first' }], contactEmail: '555 1234' }, [{ field: 'contactEmail', code: 'invalid-email' }]],
    ['an unknown region', { company: 'A', rounds: [{ date: '2026-03-03', kind: 'first' }], region: 'XX' }, [{ field: 'region', code: 'unknown-region' }]],
    ['a zone that does not exist', { company: 'A', rounds: [{ date: '2026-03-03', kind: 'first' }], tz: 'Mars/Olympus' }, [{ field: 'tz', code: 'invalid-tz' }]],
    ['a company name too long', { company: 'A'.repeat(201), rounds: [{ date: '2026-03-03', kind: 'first' }] }, [{ field: 'company', code: 'too-long', values: { max: 200 } }]],
  ])('refuses %s with codes at the fields', (_, over, errors) => {
    const result = applicationFromForm({ ...emptyForm('UTC'), ...over } as ReturnType<typeof emptyForm>, ctx);
    expect(result).toEqual({ ok: false, errors });
  });

  it('an edit keeps the id, history, status and creation time', () => {
    const base = makeApp({ history: [call('2026-03-10')], status: 'offer' });
    const result = applicationFromForm({ ...formFromApplication(base), role: 'Lead' }, { id: 'ignored', now: '2026-03-11T09:00:00.000Z', base });
    expect(result).toEqual({ ok: true, app: { ...base, role: 'Lead', updatedAt: '2026-03-11T09:00:00.000Z' } });
  });
});

describe('reading a stored or imported file', () => {
  it('reads what it wrote', () => {
    const apps = [makeApp(), makeApp({ id: 'b', company: 'Beta', history: [call('2026-03-10', { newDate: '2026-03-20', newDateKind: 'call-back' })] })];
    expect(parseStore(serialiseStore(apps))).toEqual({ ok: true, applications: apps });
  });

  it.each([
    ['nothing', '', 'empty'],
    ['spaces', '  \n', 'empty'],
    ['a text file', 'Dear hiring manager,', 'not-json'],
    ['cut-off JSON', file([makeApp()]).slice(0, 40), 'not-json'],
    ['another app’s export', JSON.stringify({ jobs: [{ company: 'Acme' }] }), 'foreign'],
    ['a plain number', '42', 'foreign'],
    ['null', 'null', 'foreign'],
    ['the right format, a newer version', file([], { version: 2 }), 'newer-version'],
    ['the right format, a version that is not a number', file([], { version: '1' }), 'damaged'],
    ['the right format, no list', JSON.stringify({ format: FORMAT, version: 1 }), 'damaged'],
    ['too many applications', file(Array.from({ length: MAX_APPLICATIONS + 1 }, (_, i) => makeApp({ id: `x${i}` }))), 'too-many'],
    ['a huge file', `"${'x'.repeat(5_000_001)}"`, 'too-large'],
  ])('refuses %s with one code', (_, text, code) => {
    expect(parseStore(text)).toMatchObject({ ok: false, code });
  });

  it.each([
    ['no company', { company: '' }, { field: 'company', code: 'required' }],
    ['a number for a company', { company: 7 }, { field: 'company', code: 'invalid-choice' }],
    ['an impossible interview date', { rounds: [{ date: '2026-13-01', kind: 'first' }] }, { field: 'rounds.0.date', code: 'invalid-date' }],
    ['an unknown status', { status: 'ghosted' }, { field: 'status', code: 'invalid-choice' }],
    ['a bad history outcome', { history: [{ ...call('2026-03-10'), outcome: 'lost' }] }, { field: 'history.0.outcome', code: 'invalid-choice' }],
    ['a new date before its call', { history: [call('2026-03-10', { newDate: '2026-03-09' })] }, { field: 'history.0.newDate', code: 'before-new-date' }],
    ['a bad timestamp', { updatedAt: 'yesterday' }, { field: 'updatedAt', code: 'invalid-choice' }],
  ])('refuses a file with one application with %s, saying which', (_, over, detail) => {
    const text = file([makeApp({ id: 'ok' }), { ...makeApp({ id: 'bad' }), ...over }]);
    expect(parseStore(text)).toEqual({ ok: false, code: 'bad-application', index: 1, detail });
  });

  it('migrates version 0 (a bare list) to version 1', () => {
    const apps = [makeApp()];
    expect(parseStore(JSON.stringify(apps))).toEqual({ ok: true, applications: apps, migratedFrom: 0 });
  });

  it('drops keys it does not know and keeps hostile text as text', () => {
    const hostile = '<img src=x onerror=alert(1)>=cmd|"/C calc"!A0';
    const result = parseStore(file([{ ...makeApp({ notes: hostile }), __proto__x: 1, extra: '<script>' }]));
    expect(result).toEqual({ ok: true, applications: [makeApp({ notes: hostile })] });
  });

  it('keeps the newer of two entries with the same id', () => {
    const old = makeApp({ role: 'old' });
    const fresh = makeApp({ role: 'new', updatedAt: '2026-03-05T00:00:00.000Z' });
    expect(parseStore(file([fresh, old]))).toEqual({ ok: true, applications: [fresh] });
    expect(parseStore(file([old, fresh]))).toEqual({ ok: true, applications: [fresh] });
  });

  it('round-trips any valid board: export then import gives the same data', () => {
    fc.assert(
      fc.property(fc.uniqueArray(applicationArb, { selector: (app) => app.id, maxLength: 6 }), (apps) => {
        const read = parseStore(serialiseStore(apps));
        expect(read).toEqual({ ok: true, applications: apps });
      }),
      { numRuns: 150 },
    );
  });

  it('every generated application passes the same check a single read does', () => {
    fc.assert(fc.property(applicationArb, (app) => {
      expect(readApplication(JSON.parse(JSON.stringify(app)))).toEqual({ ok: true, app });
    }));
  });
});

describe('merging an import into the board', () => {
  const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T12:00:00.000Z`;
  const app = (id: string, day: number, role = id): Application => makeApp({ id, role, updatedAt: at(day) });

  it('adds new ids, keeps the newer copy of shared ids, and keeps the board on a tie', () => {
    const current = [app('a', 5, 'board a'), app('b', 5, 'board b'), app('c', 5, 'board c')];
    const incoming = [app('a', 6, 'file a'), app('b', 4, 'file b'), app('c', 5, 'file c'), app('d', 1, 'file d')];
    const result = mergeApplications(current, incoming);
    expect(result.applications.map((x) => x.role)).toEqual(['file a', 'board b', 'board c', 'file d']);
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 2 });
  });

  it('merging a board with itself changes nothing, and merging is idempotent', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(applicationArb, { selector: (a) => a.id, maxLength: 5 }),
        fc.uniqueArray(applicationArb, { selector: (a) => a.id, maxLength: 5 }),
        (current, incoming) => {
          expect(mergeApplications(current, current).applications).toEqual(current);
          const once = mergeApplications(current, incoming).applications;
          expect(mergeApplications(once, incoming).applications).toEqual(once);
          // Every id of both sides survives, each once.
          const ids = new Set([...current, ...incoming].map((a) => a.id));
          expect(once.map((a) => a.id).sort()).toEqual([...ids].sort());
        },
      ),
    );
  });
});

describe('the board’s copy of the planner’s answers', () => {
  it('is the planner’s list', async () => {
    const { TOLD } = await import('../../src/lib/planner-state');
    const { TOLD_CODES } = await import('../../src/lib/follow-ups-model');
    expect([...TOLD_CODES]).toEqual([...TOLD]);
  });
});
