/**
 * The locale the planner formats dates and times in, beside its English messages. Its own
 * module, so the form (first load) can use it without the message module (loaded with the rules).
 */
export const LOCALE = 'en-US';
