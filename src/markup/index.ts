export { analyze } from './analyze';
export * from './types';
export { markupToJson } from './serialize';
