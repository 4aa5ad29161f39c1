/**
 * How long hiring takes, by US sector and by country: the figures behind the chart and table
 * in the guide "How long it takes to hear back" (facts J2, J3). One source of truth for the
 * chart and its table; the guide's text quotes a few of these figures (23.8, about 10 and 54
 * days), so change it with them.
 *
 * Glassdoor measured the whole interview process as reviewers reported it: from first
 * contact (often the application) to an offer. That is longer than the wait after one
 * interview, and the guide says so next to the chart.
 */

export type HiringTimeGroup = 'sector' | 'country';

export interface HiringTimeRow {
  /** What the bar is about, as a reader would say it. */
  label: string;
  /** Average days from first contact to offer. */
  days: number;
}

export interface HiringTimeSet {
  group: HiringTimeGroup;
  /** The chart's caption and the table's caption. */
  caption: string;
  /** Who found the figures, for the caption and the sources list. */
  source: string;
  /** The year the figures were published. */
  year: number;
  url: string;
  /** A reference line drawn across the bars (an average), if any. */
  reference: { label: string; days: number };
  /** Longest first, so the chart reads from the slowest down. */
  rows: readonly HiringTimeRow[];
}

const GLASSDOOR_2017 = {
  source: 'Glassdoor Economic Research',
  year: 2017,
  url: 'https://www.glassdoor.com/research/time-to-hire-in-25-countries',
} as const;

export const HIRING_TIMES: Readonly<Record<HiringTimeGroup, HiringTimeSet>> = {
  // J3: the three slowest and three fastest US sectors in the 2017 data.
  sector: {
    group: 'sector',
    caption: 'Average days from first contact to offer, by US sector',
    ...GLASSDOOR_2017,
    reference: { label: 'US average', days: 23.8 },
    rows: [
      { label: 'Government', days: 53.8 },
      { label: 'Aerospace and defense', days: 32.6 },
      { label: 'Energy and utilities', days: 28.8 },
      { label: 'Supermarkets', days: 12.3 },
      { label: 'Private security', days: 11.6 },
      { label: 'Restaurants and bars', days: 10.2 },
    ],
  },
  // J2: countries the site's readers come from, plus the slowest and fastest of the 25.
  country: {
    group: 'country',
    caption: 'Average days from first contact to offer, by country',
    ...GLASSDOOR_2017,
    reference: { label: 'Average of 25 countries', days: 23.7 },
    rows: [
      { label: 'Brazil', days: 39.6 },
      { label: 'France', days: 38.9 },
      { label: 'Japan', days: 30.9 },
      { label: 'Germany', days: 28.5 },
      { label: 'United Kingdom', days: 27.5 },
      { label: 'United States', days: 23.8 },
      { label: 'Australia', days: 23.3 },
      { label: 'Canada', days: 20.1 },
      { label: 'India', days: 16.1 },
    ],
  },
};
