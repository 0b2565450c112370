export * from './types';
export { correctionsFor, normalPath, parseCorrections, relevantCorrections, serializeCorrections, type CorrectionsProblem } from './file';
export { applyCorrectionChange, changesNothing, type CorrectionChange } from './edit';
