export * from './types';
export { correctionsFor, parseCorrections, serializeCorrections, type CorrectionsProblem } from './file';
