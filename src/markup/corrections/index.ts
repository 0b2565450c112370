export * from './types';
export { correctionsFor, parseCorrections, serializeCorrections, type CorrectionsProblem } from './file';
export { applyCorrectionChange, changesNothing, type CorrectionChange } from './edit';
