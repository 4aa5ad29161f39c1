import { describe, expect, it } from 'vitest';
import { CHART_SIZES, layoutBarChart } from '../../src/lib/bar-chart';
import { HIRING_TIMES } from '../../src/data/hiring-times';

const plotWidth = CHART_SIZES.width - CHART_SIZES.valueRoom;

describe('layoutBarChart', () => {
  it.each([
    // largest value, expected full-scale value
    [53.8, 60],
    [39.6, 40],
    [40, 40],
    [3, 10],
    [0, 10],
  ])('scales a largest value of %d against %d', (largest, scaleMax) => {
    expect(layoutBarChart([{ label: 'x', value: largest }]).scaleMax).toBe(scaleMax);
  });

  it('draws bars in proportion to their values, in the order given', () => {
    const chart = layoutBarChart([
      { label: 'Long', value: 40 },
      { label: 'Half', value: 20 },
    ]);
    expect(chart.bars.map((bar) => bar.label)).toEqual(['Long', 'Half']);
    expect(chart.bars[0].barWidth).toBeCloseTo(plotWidth);
    expect(chart.bars[1].barWidth).toBeCloseTo(plotWidth / 2);
    expect(chart.bars[1].barY - chart.bars[0].barY).toBe(CHART_SIZES.rowHeight);
  });

  it('keeps every bar and its value text inside the chart', () => {
    for (const set of Object.values(HIRING_TIMES)) {
      const chart = layoutBarChart(set.rows.map((row) => ({ label: row.label, value: row.days })), set.reference.days);
      for (const bar of chart.bars) {
        expect(bar.valueX + 60).toBeLessThanOrEqual(chart.width); // "53.8 days" fits in about 60 units
        expect(bar.barY + chart.barHeight).toBeLessThanOrEqual(chart.height);
      }
      expect(chart.reference!.x).toBeLessThan(plotWidth);
    }
  });

  it('puts the reference line where its value falls on the scale', () => {
    const chart = layoutBarChart([{ label: 'a', value: 60 }], 30);
    expect(chart.reference!.x).toBeCloseTo(plotWidth / 2);
    expect(chart.reference!.lineBottom).toBe(chart.height);
  });

  it('puts the reference legend in the header row, above the first label', () => {
    const chart = layoutBarChart([{ label: 'a', value: 10 }], 5);
    expect(chart.reference!.legendY).toBeLessThan(chart.bars[0].labelY - 12);
    expect(chart.reference!.lineTop).toBeGreaterThan(chart.reference!.legendY);
  });

  it.each([[[]], [[{ label: 'bad', value: -1 }]], [[{ label: 'bad', value: Number.NaN }]]])(
    'refuses bad input %j',
    (rows) => {
      expect(() => layoutBarChart(rows)).toThrow();
    },
  );
});

describe('the hiring-time data', () => {
  it.each(Object.values(HIRING_TIMES))('$group rows run from longest to shortest', (set) => {
    const days = set.rows.map((row) => row.days);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });
});
