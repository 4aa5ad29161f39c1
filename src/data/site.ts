/** Facts about the site itself, in one place: its name, where readers report mistakes, key pages. */

export const SITE_NAME = 'Callback Kit';

/** The language of the site's pages (BCP 47), for structured data; each tool's message module names its own. */
export const SITE_LOCALE = 'en-US';

/**
 * Where "Is something wrong on this page?" sends readers. An ordinary mailbox: no form service,
 * no tracking, nothing loaded from another site. Change it here and every guide follows.
 */
export const CORRECTIONS_EMAIL = 'corrections@callbackkit.example';

/** The page that explains how guides are researched, reviewed and corrected. */
export const ABOUT_ADVICE_PATH = '/about-our-advice/';

/** How often a guide is due for another check, in months (the review line shows the due date). */
export const REVIEW_INTERVAL_MONTHS = 6;
