/** Kept for the tests that still import the loader from here; it lives in test/support/hyperformula.ts. */
export { evaluateWorkbook, loadWorkbook } from '../../support/hyperformula';
