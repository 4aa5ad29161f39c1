/** Oldest first, for anything with an ISO `date` (text order is date order for YYYY-MM-DD). */
export function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
