/**
 * The small words that decide where a name starts and ends: particles and joiners inside names,
 * abbreviations whose stop belongs to the name, words that open a sentence before a name without
 * being part of it, and capitalised words that are not names on their own (table headings,
 * currencies of time, nationality counts). Read by the candidate and boundary passes in `ner/`.
 */
import { registerList, wordSet } from './registry';
import { splitList } from './util';

/** Name particles that may join two capitalised parts of a person's name: "Joost van der Merwe", "Rami al-Saadani". */
export const NAME_PARTICLES = wordSet('nameParts.particles', 'de|del|della|der|den|van|von|da|di|du|la|le|al|el|bin|ibn|y');

/** Given names that also link a name to a father's in Arabic and Hebrew names: "Zine al-Abidine Ben Ali", "Osama Bin Laden". */
export const PATRONYMICS = wordSet('nameParts.patronymics', 'Ben|Bin|Ibn|Abu|Bint|Ould');

/** Words that join two capitalised runs inside organization and place names: "Bank of England", "Marks & Spencer". */
export const ORG_JOINERS = wordSet('nameParts.orgJoiners', 'of|for|and|&');

/** Abbreviations inside place names: "St. Petersburg", "Mt. Kenya", "Ft. Worth". */
export const NAME_ABBREVIATIONS = wordSet('nameParts.placeAbbreviations', 'St|Ste|Mt|Ft|Pt');

/** Connecting words trimmed from the edges of a name: joiners, particles and "St." with its stop. */
export const CONNECTORS: ReadonlySet<string> = new Set([...splitList('of|for|and|&'), ...NAME_PARTICLES, 'st.']);

/** Corporate and family suffixes written with a stop that belongs to the name: "Norwest Corp.", "Ford Jr.". */
export const SUFFIX_WITH_STOP = wordSet('nameParts.suffixesWithStop', 'Corp|Inc|Co|Ltd|Cos|Bros|Jr|Sr');

/** Lower-case particles inside hyphenated names: "Chester-le-Street", "Ata-ur-Rehman", "al-Aqsa". */
export const HYPHEN_PARTICLES = wordSet(
  'nameParts.hyphenParticles',
  'le|la|les|de|du|des|di|da|ur|ul|al|el|ad|ash|as|an|sur|sous|en|upon|on|under|in|am|bin|ibn|y',
);

/** Arabic article prefixes that open a name in lower case: "al-Sadr", "el-Baradei", "ash-Shifa". */
export const ARTICLE_PREFIXES = wordSet('nameParts.articlePrefixes', 'al|el|ad|as|ash|an');

/** Lower-case particles that open a capitalised hyphenated name: "al-Assad", "van-Dijk", "bin-Salman". */
export const HYPHENATED_NAME_PREFIXES = wordSet('nameParts.hyphenatedNamePrefixes', 'al|el|bin|ibn|de|van|von|da|di|du|la|le');

/** Lower-case second halves of ordinary hyphenated words: "Bush-era", "Kim-led" (not given names: "Ki-moon"). */
export const COMPOUND_TAILS = wordSet(
  'nameParts.compoundTails',
  'era|led|run|born|bred|made|type|like|wide|free|area|age|ish|esque|owned|based|bound|style|class|size|day|' +
    'year|old|long|new|only|less|plus|side|zone|time|man|men|team|level|scale|sized|built|fired|heavy|proof|ready|grown',
);

/** Prefixes that make a name part of a hyphenated word: "pro-Moscow", "anti-NATO", "post-Soviet". */
export const COMPOUND_PREFIXES = wordSet(
  'nameParts.compoundPrefixes',
  'pro|anti|non|ex|mid|post|pre|neo|pan|trans|inter|intra|sub|super|semi|quasi|counter|multi|un',
);

/** Upper-case words that are not organizations: time zones, units, business and sports-table abbreviations. */
export const NON_ENTITY_ACRONYMS = wordSet(
  'nameParts.nonEntityAcronyms',
  'GMT|EST|EDT|CET|BST|PST|PDT|UTC|ERA|RBI|RBIS|CEO|CFO|COO|GDP|GNP|CPI|PPI|PMI|IPO|GDR|ADR|NAV|EPS|VAT|TV|' +
    'PC|AM|PM|OK|MP|MPS|VIP|DNA|HIV|AIDS|CD|DVD|PR|FM|AC|DC|II|III|IV|VI|VII|VIII|IX|XI|NOTE|TOTAL|RESULTS|ET|' +
    'PCT|YR|QTR|SHR|NET|REVS|LTD|IQ|HTML|XML|URL|PDF|GPS|POV|RNA|XVII|XIV|XV|XVI|XII|XIII',
);

/** Capitalised words that make a title with the title word after them: "Agriculture Secretary", "Financial Secretary". */
export const DEPARTMENT_WORDS = wordSet(
  'nameParts.departmentWords',
  'Agriculture|Finance|Financial|Foreign|Defence|Defense|Interior|Trade|Justice|Health|Labour|Labor|Energy|' +
    'Commerce|Transport|Economy|Economic|Education|Culture|Environment|Home|State|Treasury|Deputy|Vice|' +
    'Assistant|Acting|Former|General|Chief|Senior|Executive|Managing|Prime|First|Second|Privatisation|' +
    'Privatization|Industry|Information|Communications|Housing|Planning|Tourism|Sports|Sport|Social|Welfare|' +
    'Legal|Political|Military|Press|Co|Joint|Co-Chairman|Ex|Lieutenant|Police|Army|Navy|Air|Regional|' +
    'Provincial|Federal|National|Public|Security|Fisheries|Mines|Mining|Oil|Petroleum|Water|Science|' +
    'Technology|Research|Budget|Development|Immigration|Customs|Revenue|Parliamentary|Presidential|Cabinet|' +
    'Secretary',
);

/** Modifiers skipped before a name that heads a title: "former U.S. president", "then NATO chief". */
export const TITLE_HEAD_MODIFIERS = wordSet(
  'nameParts.titleHeadModifiers',
  'former|ex|then|acting|outgoing|incoming|interim|late|new|veteran|deputy',
);

/** Role nouns that open a sentence before a full name: "Broker Jan Kowal said", "Striker Ian Wright scored". */
export const ROLE_OPENERS = wordSet(
  'nameParts.roleOpeners',
  'broker|brokers|analyst|analysts|economist|dealer|dealers|trader|traders|striker|midfielder|defender|' +
    'goalkeeper|winger|captain|skipper|coach|manager|pitcher|batsman|bowler|all-rounder|opener|spinner|' +
    'quarterback|veteran|rookie|newcomer|champion|holder|seed|playmaker|forward|centre|center|fly-half|' +
    'scrum-half|flanker|prop|hooker|lock|jockey|trainer|rider|driver|novelist|author|writer|actor|actress|' +
    'singer|director|producer|spokesman|spokeswoman|chairman|witness|lawyer|attorney|dissident|activist|' +
    'rebel|leader',
);

/** Descriptive words opening a sentence before a name: "Former South Carolina Gov.", "Controversial Australian Anthony Hill". */
export const OPENING_ADJECTIVES = wordSet(
  'nameParts.openingAdjectives',
  'Former|Ex|Controversial|Veteran|Embattled|Outgoing|Retired|Late|Defending|Unseeded|Top-seeded|Top|' +
    'Disgraced|Jailed|Exiled|Ousted|Deposed|Fugitive|Dissident|Reclusive|Legendary',
);

/** Party labels before a full name: "Democrat Walter Mondale", "Republican Bob Dole". */
export const PARTY_LABELS = wordSet(
  'nameParts.partyLabels',
  'Democrat|Democratic|Republican|Conservative|Labour|Labor|Liberal|Socialist|Communist|Tory|Green|' +
    'Independent|Nationalist|Unionist|Gaullist|Libertarian',
);

/** Counts and quantifiers before a nationality: "Three Russians", "Several Iraqis" are not names. */
export const COUNT_WORDS = wordSet(
  'nameParts.countWords',
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several|many|some|' +
    'both|all|most|few|other|earlier|later|former|young',
);

/** Compass words that make a nationality of two words: "South Korean", "Latin American", "West Indian". */
export const COMPASS_WORDS = wordSet(
  'nameParts.compassWords',
  'North|South|East|West|Northern|Southern|Eastern|Western|Central|Southeast|Southwest|Northeast|Northwest|' + 'Latin|Sub-Saharan',
);

/** Class words before the name of a craft (CoNLL MISC, not an organization): "Space Shuttle Atlantis", "Spacecraft Vela". */
export const CRAFT_CLASSES = wordSet('nameParts.craftClasses', 'Space Shuttle|Shuttle|Spacecraft|Space Probe|Space Capsule|Lunar Module');

/** Last words of event, competition, holiday and law names (CoNLL MISC): "Greater Milwaukee Open", "Labor Day". */
export const EVENT_HEADS = wordSet(
  'nameParts.eventHeads',
  'Cup|Open|Games|Olympics|Series|Prix|Championship|Championships|Trophy|Classic|Festival|Day|Award|Awards|' +
    'Prize|War|Revolution|Act|Treaty|Protocol|Accord|Accords|Meeting|Marathon|Rally|Invitational|Masters|' +
    'Derby|Stakes|Tournament|Fair|Expo|Convention|Carnival|Jubilee|Bill',
);

/** Words that give a nickname before a capitalised "The": "called him The Birdman", "dressed as The Fawn". */
export const NICKNAME_WORDS = wordSet('nameParts.nicknameWords', 'called|call|calls|named|dubbed|nicknamed|as');

/** Heads that let "of" join a name to what follows: "Commonwealth of Independent States", "Gulf of Aden". */
export const OF_JOINABLE_HEADS = wordSet(
  'nameParts.ofJoinableHeads',
  'Commonwealth|Republic|Kingdom|Federation|Union|States|Island|Islands|Isle|Cape|Gulf|Bay|Strait|Sea|Lake|' +
    'Mount|Port|Church|House|Court|Bank|University|Museum|Ministry|Department|Office|Council|Organisation|' +
    'Organization|Association|Institute|School|College|Academy|League|Party|Chamber|Board|Bureau|Agency|' +
    'Commission|Committee',
);

/**
 * Lower-case words that open a clause in capitals without being names, beside what the tagger calls
 * determiners, pronouns, prepositions and the like ("The", "But", "In", "It").
 */
export const FUNCTION_WORDS = wordSet(
  'nameParts.functionWords',
  'the|a|an|this|that|these|those|but|and|or|if|when|while|after|before|as|at|in|on|for|from|to|by|with|of|' +
    "it|he|she|we|they|i|you|there|here|i'm|yesterday|today|tomorrow|tonight|hey|hi|hello|oh",
);

/** compromise's tags of words that open a clause in capitals without being names. */
export const FUNCTION_TAGS = [
  'Determiner',
  'Pronoun',
  'Preposition',
  'Conjunction',
  'Adverb',
  'Verb',
  'QuestionWord',
  'Modal',
  'Auxiliary',
  'Copula',
  'Negative',
] as const;
registerList('nameParts.functionTags', () => FUNCTION_TAGS);
