/**
 * The words coreference reads beyond pronouns and roles: what says that an article is an interview
 * and who is interviewed ("Wikinews interviewed X", "an interview with X", "X spoke to us").
 */
import { wordSet } from './registry';

/** Words that introduce the person interviewed, before or after the name: "interviews X", "X tells". */
export const INTERVIEW_WORDS = wordSet(
  'coref.interviewWords',
  'interview|interviews|interviewed|interviewing|interviewee|spoke|speaks|talked|talks|sat|sits|tells|told|asked|asks|answered|answers',
);
