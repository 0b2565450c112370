/**
 * The engine's version, for the corpus cache: a summary made by another engine is made again. The
 * build sets it to a hash of the engine's sources (scripts/build.mjs), so any change to a rule or a
 * word list invalidates the cache without anyone remembering to bump a number.
 */
declare const __NEWS_MARKUP_ENGINE__: string | undefined;

export const ENGINE_VERSION: string = typeof __NEWS_MARKUP_ENGINE__ === 'string' ? __NEWS_MARKUP_ENGINE__ : 'development';
