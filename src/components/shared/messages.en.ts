/**
 * The island kit's own words, shared by every tool (GOV.UK's wording for errors). A second
 * language is a second file like this one; the kit imports the one for the site's language.
 */
export const KIT_MESSAGES = {
  /** The error summary's title. */
  problem: 'There is a problem',
  /** Read before each field's error message, and hidden from sight. */
  errorPrefix: 'Error:',
} as const;
