/**
 * The ids of the facts and planner rules in `shared/domain-facts.md`.
 * Guides list the ids they explain in `covers`; the schema accepts only these, and a unit
 * test checks that every id is explained by some guide.
 */
function range(letter: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${letter}${i + 1}`);
}

export const FACT_IDS = [
  ...range('A', 6),
  ...range('B', 8),
  ...range('C', 10),
  ...range('D', 4),
  ...range('E', 5),
  ...range('F', 11),
  ...range('G', 4),
  ...range('H', 14),
  ...range('I', 9),
  ...range('J', 8),
  ...range('K', 6),
  ...range('L', 8),
  ...range('M', 5),
  ...range('N', 4),
  ...range('O', 6),
  ...range('P', 5),
  ...range('Q', 6),
  ...range('R', 5),
  ...range('S', 6),
] as [string, ...string[]];

export type FactId = (typeof FACT_IDS)[number];
