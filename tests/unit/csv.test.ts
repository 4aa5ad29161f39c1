import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, neutraliseCell, toCsv } from '../../src/lib/csv';
import { activityRows } from '../../src/lib/follow-ups-record';
import { call, makeApp } from './follow-ups-fixtures';

/** A small RFC 4180 reader, to check the writer against. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.startsWith('\ufeff') ? 1 : 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += c;
  }
  return rows;
}

describe('CSV writer', () => {
  it.each([
    ['plain', 'Acme', 'Acme'],
    ['a comma', 'Acme, Inc.', '"Acme, Inc."'],
    ['quotes', 'the "big" one', '"the ""big"" one"'],
    ['a line break', 'line 1\nline 2', '"line 1\nline 2"'],
    ['a CRLF', 'a\r\nb', '"a\r\nb"'],
    ['leading space', ' x', '" x"'],
    ['a formula', '=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['plus', '+1 555 201 4477', "'+1 555 201 4477"],
    ['minus', '-2+3', "'-2+3"],
    ['at', '@SUM(1+1)', "'@SUM(1+1)"],
    ['a tab first', '\t=1+1', "'\t=1+1"],
    ['a CR first', '\r=1+1', `"'\r=1+1"`],
    ['DDE', '=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['a formula not at the start', 'A=B', 'A=B'],
    ['HTML', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['a number', 42, '42'],
  ])('%s', (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes CRLF rows with a byte-order mark', () => {
    expect(toCsv([['a', 'b'], ['c', 'd,e']])).toBe('\ufeffa,b\r\nc,"d,e"\r\n');
  });

  it('reads back exactly, apart from the apostrophe on formula-like cells', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(readCsv(toCsv(rows))).toEqual(rows.map((row) => row.map(neutraliseCell)));
      }),
    );
  });

  it('no cell read back starts a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 6 }), (row) => {
        for (const value of readCsv(toCsv([row]))[0]) expect(value).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('activity record', () => {
  it('lists interviews and history oldest first, with codes', () => {
    const apps = [
      makeApp({ id: 'b', company: 'Beta', rounds: [{ date: '2026-03-05', kind: 'final' }], history: [call('2026-03-12', { outcome: 'reached', newDate: '2026-03-20', newDateKind: 'decide-by', note: 'said next week' })] }),
      makeApp({ history: [call('2026-03-04', { kind: 'thank-you', outcome: 'sent' })] }),
    ];
    const rows = activityRows(apps).map((row) => [row.date, row.company, row.activity.kind, 'outcome' in row.activity ? row.activity.outcome : row.activity.round, row.note]);
    expect(rows).toEqual([
      ['2026-03-03', 'Acme', 'interview', 'first', ''],
      ['2026-03-04', 'Acme', 'thank-you', 'sent', ''],
      ['2026-03-05', 'Beta', 'interview', 'final', ''],
      ['2026-03-12', 'Beta', 'call', 'reached', 'said next week'],
    ]);
    expect(activityRows(apps)[3].activity).toEqual({ kind: 'call', outcome: 'reached', newDate: '2026-03-20', newDateKind: 'decide-by' });
  });
});
