import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  migrate,
  parse,
  progress,
  sameTicks,
  serialise,
  setTicked,
  STATE_VERSION,
  storageKey,
  toggle,
  type Ticks,
} from '../../src/lib/checklist-state';

const IDS = ['send-thanks', 'check-names', 'not-on-monday', 'stay-calm', 'keep-applying'] as const;

/** Any set of known ids, in any order, possibly repeated. */
const someIds = fc.array(fc.constantFrom(...IDS), { maxLength: 12 });
/** A valid Ticks value: known ids in checklist order. */
const someTicks = fc.subarray([...IDS]);

describe('storageKey', () => {
  it('is namespaced and versioned', () => {
    expect(storageKey('follow-up')).toBe('callback-kit:checklist:follow-up:v1');
  });
});

describe('toggle', () => {
  it('ticks an unticked item and keeps checklist order', () => {
    expect(toggle(['not-on-monday'], 'send-thanks', IDS)).toEqual(['send-thanks', 'not-on-monday']);
  });

  it('unticks a ticked item', () => {
    expect(toggle(['send-thanks', 'stay-calm'], 'send-thanks', IDS)).toEqual(['stay-calm']);
  });

  it('ignores an id the checklist does not have', () => {
    const ticks: Ticks = ['send-thanks'];
    expect(toggle(ticks, 'bring-flowers', IDS)).toBe(ticks);
  });

  it('does not change the ticks it was given', () => {
    const ticks: Ticks = Object.freeze(['send-thanks']);
    toggle(ticks, 'stay-calm', IDS);
    expect(ticks).toEqual(['send-thanks']);
  });

  it('is undone by toggling the same item again', () => {
    fc.assert(
      fc.property(someTicks, fc.constantFrom(...IDS), (ticks, id) => {
        expect(toggle(toggle(ticks, id, IDS), id, IDS)).toEqual(ticks);
      }),
    );
  });

  it('always flips exactly the item toggled', () => {
    fc.assert(
      fc.property(someTicks, fc.constantFrom(...IDS), (ticks, id) => {
        const next = toggle(ticks, id, IDS);
        expect(next.includes(id)).toBe(!ticks.includes(id));
        for (const other of IDS) if (other !== id) expect(next.includes(other)).toBe(ticks.includes(other));
      }),
    );
  });
});

describe('setTicked', () => {
  it.each([
    [[], 'stay-calm', true, ['stay-calm']],
    [['stay-calm'], 'stay-calm', true, ['stay-calm']],
    [['stay-calm'], 'stay-calm', false, []],
    [[], 'stay-calm', false, []],
  ] as const)('from %j, setting %s to %s gives %j', (ticks, id, ticked, expected) => {
    expect(setTicked(ticks, id, ticked, IDS)).toEqual(expected);
  });
});

describe('progress', () => {
  it('counts ticks against the whole list', () => {
    expect(progress(['send-thanks', 'stay-calm'], IDS)).toEqual({ done: 2, total: 5, label: '2 of 5 done' });
  });

  it('starts at nothing done', () => {
    expect(progress([], IDS).label).toBe('0 of 5 done');
  });

  it('never counts ids that are not in the list, nor counts one twice', () => {
    expect(progress(['send-thanks', 'send-thanks', 'gone-item'], IDS).done).toBe(1);
  });

  it('stays between 0 and the total', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (ticks) => {
        const { done, total } = progress(ticks, IDS);
        expect(done).toBeGreaterThanOrEqual(0);
        expect(done).toBeLessThanOrEqual(total);
      }),
    );
  });
});

describe('serialise and parse', () => {
  it('writes the current version', () => {
    expect(JSON.parse(serialise(['send-thanks']))).toEqual({ version: STATE_VERSION, done: ['send-thanks'] });
  });

  it('round-trips any ticks', () => {
    fc.assert(
      fc.property(someTicks, (ticks) => {
        expect(parse(serialise(ticks), IDS)).toEqual({ ticks, status: 'ok', dropped: 0 });
      }),
    );
  });

  it('reads nothing saved as an empty list', () => {
    expect(parse(null, IDS)).toEqual({ ticks: [], status: 'empty', dropped: 0 });
    expect(parse('', IDS)).toEqual({ ticks: [], status: 'empty', dropped: 0 });
  });

  it('keeps ticks by id, whatever order they were saved in', () => {
    const raw = JSON.stringify({ version: 1, done: ['keep-applying', 'send-thanks'] });
    expect(parse(raw, IDS).ticks).toEqual(['send-thanks', 'keep-applying']);
  });

  it('drops ticks of items that were removed, and says how many', () => {
    const raw = JSON.stringify({ version: 1, done: ['send-thanks', 'bring-flowers', 'call-every-day'] });
    expect(parse(raw, IDS)).toEqual({ ticks: ['send-thanks'], status: 'ok', dropped: 2 });
  });

  it('keeps the tick of an item that was reworded, since its id did not change', () => {
    // Only ids are stored, so the wording can change freely between visits.
    const saved = serialise(['stay-calm']);
    expect(saved).not.toMatch(/frustration/i);
    expect(parse(saved, IDS).ticks).toEqual(['stay-calm']);
  });

  it('drops a tick when its item is removed from the checklist', () => {
    const saved = serialise(['send-thanks', 'stay-calm']);
    const fewer = IDS.filter((id) => id !== 'stay-calm');
    expect(parse(saved, fewer)).toEqual({ ticks: ['send-thanks'], status: 'ok', dropped: 1 });
  });

  describe.each([
    ['text that is not JSON', 'not json at all'],
    ['truncated JSON', '{"version":1,"done":["send-th'],
    ['a number', '42'],
    ['null', 'null'],
    ['a string', '"send-thanks"'],
    ['a bare array', '["send-thanks"]'],
    ['done that is not an array', '{"version":1,"done":"send-thanks"}'],
    ['done holding numbers', '{"version":1,"done":[1,2]}'],
    ['no done list', '{"version":1}'],
    ['a version that is not a number', '{"version":"1","done":[]}'],
    ['version zero written out', '{"version":0,"done":["send-thanks"]}'],
    ['a fractional version', '{"version":1.5,"done":["send-thanks"]}'],
    ['an unversioned map with non-boolean values', '{"send-thanks":"yes"}'],
  ])('corrupt data: %s', (_name, raw) => {
    it('starts empty and reports it as corrupt', () => {
      expect(parse(raw, IDS)).toEqual({ ticks: [], status: 'corrupt', dropped: 0 });
    });
  });

  it('never throws, whatever storage holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(null)), (raw) => {
        const loaded = parse(raw, IDS);
        expect(['empty', 'ok', 'migrated', 'corrupt', 'newer']).toContain(loaded.status);
        for (const id of loaded.ticks) expect(IDS).toContain(id);
      }),
    );
  });
});

describe('old and newer versions', () => {
  it('upgrades the unversioned id-to-boolean map, keeping only true entries', () => {
    const raw = JSON.stringify({ 'send-thanks': true, 'stay-calm': false, 'keep-applying': true });
    expect(parse(raw, IDS)).toEqual({ ticks: ['send-thanks', 'keep-applying'], status: 'migrated', dropped: 0 });
  });

  it('drops removed items while upgrading', () => {
    const raw = JSON.stringify({ 'send-thanks': true, 'bring-flowers': true });
    expect(parse(raw, IDS)).toEqual({ ticks: ['send-thanks'], status: 'migrated', dropped: 1 });
  });

  it('writes the upgraded ticks back in the current shape', () => {
    const { ticks } = parse(JSON.stringify({ 'stay-calm': true }), IDS);
    expect(JSON.parse(serialise(ticks))).toEqual({ version: 1, done: ['stay-calm'] });
  });

  it('does not guess at data from a newer version', () => {
    const raw = JSON.stringify({ version: STATE_VERSION + 1, done: ['send-thanks'], extra: {} });
    expect(parse(raw, IDS)).toEqual({ ticks: [], status: 'newer', dropped: 0 });
  });

  it('migrate leaves the current shape as it is', () => {
    expect(migrate({ version: 1, done: ['a'] })).toEqual({ stored: { version: 1, done: ['a'] }, from: 1 });
  });

  it('migrate upgrades any boolean map to ticks of the true entries', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...IDS), fc.boolean()), (map) => {
        const upgraded = migrate(map);
        expect(upgraded).not.toBeNull();
        expect(upgraded).not.toBe('newer');
        if (upgraded && upgraded !== 'newer') {
          expect(new Set(upgraded.stored.done)).toEqual(new Set(Object.keys(map).filter((id) => map[id])));
        }
      }),
    );
  });
});

describe('sameTicks', () => {
  it.each([
    [[], [], true],
    [['a'], ['a'], true],
    [['a'], ['b'], false],
    [['a'], ['a', 'b'], false],
  ] as const)('%j and %j: %s', (a, b, expected) => {
    expect(sameTicks(a, b)).toBe(expected);
  });

  it('holds after reading back ids saved in any order, with repeats', () => {
    fc.assert(
      fc.property(someIds, (ids) => {
        const expected = IDS.filter((id) => ids.includes(id));
        expect(sameTicks(parse(serialise(ids), IDS).ticks, expected)).toBe(true);
      }),
    );
  });
});
