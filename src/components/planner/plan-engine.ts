/**
 * Everything needed once a plan is asked for: the rules, the wording and the plan's view.
 * Planner.tsx loads it with a dynamic import on the first "Make my plan" (or when a link
 * carries a plan, or as soon as someone starts filling in the form), which keeps the page's
 * first load to the form alone, inside the 16 KB JavaScript budget.
 */
export { planForForm, type FieldError } from './form-plan';
export { PlanView } from './PlanView';
export { ErrorSummary } from '../shared/ErrorSummary';
export { ignoredNotice } from './form-fields';
