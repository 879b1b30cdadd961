/**
 * Statistics for deciding regressions (PRODUCT.md §4): the Mann–Whitney U
 * test and median summaries as benchstat computes them, and the
 * Benjamini–Hochberg FDR adjustment. Pure functions, no I/O.
 */
export { mannWhitneyU, isSignificant, EXACT_LIMIT, EXACT_TIES_LIMIT } from './mannwhitney.js';
export {
  summarize,
  median,
  medianInterval,
  medianIntervalWarning,
  samplesForMedianInterval,
  minimumPValue,
  samplesForSignificance,
  significanceWarning,
} from './summary.js';
export { benjaminiHochberg } from './fdr.js';
export { erfc, normalCdf, normalQuantile } from './normal.js';
