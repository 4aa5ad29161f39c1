/**
 * The planner's link parameters as the page names them. The element ids of the fields are in
 * field-ids.ts, loaded with the rules: the rules and the form state (src/lib) know fields,
 * not elements.
 */

/** Field names as the page shows them, for the notice about link parameters that couldn't be read. */
export const PARAM_LABELS: Record<string, string> = {
  interview: 'interview date',
  told: 'what they told you',
  promised: 'the date they gave',
  keen: 'call on the day',
  region: 'region',
  tz: 'time zone',
  days: 'working days',
  closed: 'closed days',
  open: 'opening time',
  close: 'closing time',
  calls: 'number of calls',
  email: 'email only',
  contact: 'how they have been in touch',
  made: 'calls you made',
};

export const paramLabel = (key: string) => PARAM_LABELS[key] ?? key;
