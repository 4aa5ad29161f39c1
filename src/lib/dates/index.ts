/**
 * The date core: every rule and island does its date work through these modules.
 *
 * Islands import the file they need (`dates/iso`, `dates/arithmetic`, …) rather than this
 * index, so a page only ships the parts it uses: a module that two islands both reach goes
 * into a chunk that both pages load.
 */
export * from './iso';
export * from './arithmetic';
export * from './working-days';
export * from './format';
export * from './years';
export * from './day-numbers';
