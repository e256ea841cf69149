import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  type Row = { date: string; note: string | null; n: number };
  const columns: [string, (r: Row) => string | number | null][] = [
    ['date', (r) => r.date],
    ['note', (r) => r.note],
    ['n', (r) => r.n],
  ];

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@sum', "'@sum"],
    [' padded ', '" padded "'],
  ])('writes %j as %s', (note, expected) => {
    expect(toCsv([{ date: '2026-11-28', note, n: 1 }], columns)).toBe(`date,note,n\r\n2026-11-28,${expected},1\r\n`);
  });

  it('leaves empty cells for null and keeps negative numbers as numbers', () => {
    expect(toCsv([{ date: '2026-11-28', note: null, n: -3 }], columns)).toBe('date,note,n\r\n2026-11-28,,-3\r\n');
  });
});
