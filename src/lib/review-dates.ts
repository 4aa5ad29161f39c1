/**
 * Review dates of guides (the NHS pattern: "Last reviewed" and "Next review due" on every page).
 * Pure: "today" is an argument, as an ISO YYYY-MM-DD date, like the review dates themselves.
 */
export interface ReviewDates {
  slug: string;
  /** YYYY-MM-DD */
  reviewed: string;
  /** YYYY-MM-DD */
  nextReview: string;
}

export interface OverdueReview {
  slug: string;
  nextReview: string;
  /** Whole days since the review fell due (1 or more). */
  daysOverdue: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Guides whose next review is before `today`, most overdue first. A review due today is not late yet. */
export function overdueReviews(guides: readonly ReviewDates[], today: string): OverdueReview[] {
  return guides
    .filter((guide) => guide.nextReview < today)
    .map((guide) => ({ slug: guide.slug, nextReview: guide.nextReview, daysOverdue: dayNumber(today) - dayNumber(guide.nextReview) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.slug.localeCompare(b.slug));
}
