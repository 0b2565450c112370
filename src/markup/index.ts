export { analyze, createAnalyzer, type Analyzer } from './analyze';
export * from './types';
export { markupToJson } from './serialize';
export * from './corrections';
