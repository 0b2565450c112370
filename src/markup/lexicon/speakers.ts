/**
 * The small words of attribution: what may stand between a speaker and the speech verb ("also",
 * "has"), what ends a speaker's noun phrase ("who", "in"), determiners, the roles that stand for a
 * leader, and the small words a title of a work may hold. Read by `attribution/`.
 */
import { wordSet } from './registry';

/** Adverbs and auxiliaries skipped between a speaker and the verb: "Putin also said", "she has repeatedly warned". */
export const SKIPPABLE_BEFORE_CUE = wordSet(
  'speakers.skippable',
  'also|later|then|further|again|once|has|had|have|was|is|would|will|previously|earlier|recently|repeatedly|often|' +
    'reportedly|simply|just|quickly|bluntly|flatly|firmly|angrily|emphatically|proudly|quietly|softly|publicly|' +
    'privately|frankly|confidently|cautiously|calmly|sharply|immediately|subsequently|finally|separately|herself|' +
    'himself|themselves|still|even|now',
);

/** Words that end a speaker's noun phrase: "the man who", "officials in Kyiv". */
export const PHRASE_STOPS = wordSet(
  'speakers.phraseStops',
  'who|which|that|when|while|in|on|at|during|after|before|as|to|with|from|by|about|because|since|if|and|but|or|than',
);

/** Determiners that open a speaker's noun phrase: "the minister", "one analyst". */
export const DETERMINERS = wordSet(
  'speakers.determiners',
  'the|a|an|his|her|their|its|our|this|that|these|those|one|another|some|several|two|three|many',
);

/** Determiners after which a role refers to an entity named before: "the ministry", "its chairman". */
export const DEFINITE_DETERMINERS = wordSet('speakers.definite', 'the|this|that|his|her|its|their');

/** Determiners after which a person's role is someone named before ("the minister"; not "her rival"). */
export const ANAPHORIC_DETERMINERS = wordSet('speakers.anaphoric', 'the|this|that');

/** Roles that name a leader whatever the title: "the Russian leader" is the president named before. */
export const LEADER_ROLES = wordSet(
  'speakers.leaderRoles',
  'leader|head of state|head of government|president|premier|prime minister|chancellor|king|queen|monarch',
);

/** Small words a title of a work may hold in lower case: "Face the Nation", "Gone with the Wind". */
export const TITLE_SMALL_WORDS = wordSet('speakers.titleSmallWords', 'a|an|the|of|in|on|and|or|to|for|with|at|by|from|is|are|it');

/** Phrases that name the source of what follows: "according to the ministry", "in the words of the judge", "attributed to Einstein". */
export const SOURCE_PHRASES = wordSet('speakers.sourcePhrases', 'according to|in the words of|attributed to');

/** Nouns of what someone said, before "that": "Trump's claim that …", "the minister's warning that …". */
export const SPEECH_NOUNS = wordSet(
  'speakers.speechNouns',
  'claim|claims|assertion|assertions|remark|remarks|comment|comments|promise|pledge|warning|insistence|argument|' +
    'suggestion|allegation|allegations|accusation|boast|prediction|contention|charge|vow|admission|complaint',
);
