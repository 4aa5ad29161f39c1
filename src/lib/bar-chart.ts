/**
 * Geometry for a horizontal bar chart drawn as SVG at build time (no charting JavaScript on
 * the page). Pure: rows in, coordinates out; the component only renders what this returns.
 *
 * Each row is a label on its own line with the bar below it, so long labels never squeeze
 * the bars on a narrow phone screen. A dashed reference line (an average) crosses all bars.
 */

export interface BarInput {
  label: string;
  value: number;
}

export interface BarGeometry {
  label: string;
  value: number;
  /** Baseline of the label text. */
  labelY: number;
  /** Top of the bar. */
  barY: number;
  barWidth: number;
  /** Where the value text starts (just after the bar) and its baseline. */
  valueX: number;
  valueY: number;
}

export interface BarChartGeometry {
  width: number;
  height: number;
  barHeight: number;
  /** The value a full-width bar stands for: the largest value rounded up to a whole step. */
  scaleMax: number;
  bars: BarGeometry[];
  /** The reference line, and a legend for it in the header row (left-aligned, so it never runs off the chart). */
  reference?: { value: number; x: number; lineTop: number; lineBottom: number; legendY: number; legendSwatchEnd: number; legendTextX: number };
}

/** Sizes in SVG user units; the SVG scales to its container, text with it. */
export const CHART_SIZES = {
  width: 320,
  /** Room kept right of the longest bar for its value text. */
  valueRoom: 84,
  header: 26,
  rowHeight: 48,
  labelBaseline: 17,
  barTop: 23,
  barHeight: 16,
  valueGap: 6,
  /** Bars are scaled against the largest value rounded up to a multiple of this. */
  step: 10,
} as const;

/**
 * Lays out one bar per row, in the order given.
 * Throws on an empty list or a negative or non-finite value: a bad data file fails the build.
 */
export function layoutBarChart(rows: readonly BarInput[], reference?: number, sizes = CHART_SIZES): BarChartGeometry {
  if (rows.length === 0) throw new Error('A bar chart needs at least one row.');
  const values = [...rows.map((row) => row.value), ...(reference === undefined ? [] : [reference])];
  const bad = values.find((value) => !Number.isFinite(value) || value < 0);
  if (bad !== undefined) throw new Error(`Bar chart values must be finite and 0 or more; got ${bad}.`);

  const scaleMax = Math.max(sizes.step, Math.ceil(Math.max(...values) / sizes.step) * sizes.step);
  const plotWidth = sizes.width - sizes.valueRoom;
  const toX = (value: number) => (value / scaleMax) * plotWidth;

  const bars = rows.map((row, index) => {
    const top = sizes.header + index * sizes.rowHeight;
    const barWidth = toX(row.value);
    return {
      label: row.label,
      value: row.value,
      labelY: top + sizes.labelBaseline,
      barY: top + sizes.barTop,
      barWidth,
      valueX: barWidth + sizes.valueGap,
      valueY: top + sizes.barTop + sizes.barHeight - 3,
    };
  });
  const height = sizes.header + rows.length * sizes.rowHeight;
  return {
    width: sizes.width,
    height,
    barHeight: sizes.barHeight,
    scaleMax,
    bars,
    reference:
      reference === undefined
        ? undefined
        : {
            value: reference,
            x: toX(reference),
            lineTop: sizes.header,
            lineBottom: height,
            legendY: sizes.header - 10,
            legendSwatchEnd: 18,
            legendTextX: 24,
          },
  };
}
