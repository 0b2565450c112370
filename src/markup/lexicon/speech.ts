/**
 * Speech (attribution cue) verbs with every inflection written out, multi-word cues, and the verbs a
 * document uses to "speak" ("the statement read", "the letter says").
 *
 * Strength: 'speech' verbs report speech on their own ("said", "told", "warned"); 'quoteOnly' verbs
 * count as a cue only next to a direct quote ("'It's over,' he thought", "called it 'a disaster'").
 *
 * Data format: `lemma:form,form,…` entries separated by `|` (the lemma is also a form).
 */
import { registerList, wordSet } from './registry';
import { lazy, LazyMap, LazySet, splitList } from './util';

export type CueStrength = 'speech' | 'quoteOnly';
export interface SpeechCue {
  /** The base form: "say", "point out", "according to". */
  lemma: string;
  /** Number of words the cue spans: 1, or 2 for "pointed out", "according to". */
  length: 1 | 2;
  strength: CueStrength;
  /** The form is also a common noun ("report", "post", "claims", "warning"): require a verb reading. */
  nounLike?: true;
}

const SPEECH =
  'say:says,said,saying|tell:tells,told,telling|add:adds,added,adding|stress:stresses,stressed,stressing|' +
  'note:notes,noted,noting|state:states,stated,stating|declare:declares,declared,declaring|' +
  'announce:announces,announced,announcing|explain:explains,explained,explaining|claim:claims,claimed,claiming|' +
  'insist:insists,insisted,insisting|argue:argues,argued,arguing|warn:warns,warned,warning|' +
  'urge:urges,urged,urging|ask:asks,asked,asking|answer:answers,answered,answering|' +
  'reply:replies,replied,replying|respond:responds,responded,responding|write:writes,wrote,written,writing|' +
  'tweet:tweets,tweeted,tweeting|post:posts,posted,posting|report:reports,reported,reporting|' +
  'confirm:confirms,confirmed,confirming|deny:denies,denied,denying|admit:admits,admitted,admitting|' +
  'acknowledge:acknowledges,acknowledged,acknowledging|suggest:suggests,suggested,suggesting|' +
  'recall:recalls,recalled,recalling|remark:remarks,remarked,remarking|comment:comments,commented,commenting|' +
  'observe:observes,observed,observing|emphasize:emphasizes,emphasized,emphasizing|' +
  'emphasise:emphasises,emphasised,emphasising|underline:underlines,underlined,underlining|' +
  'underscore:underscores,underscored,underscoring|conclude:concludes,concluded,concluding|' +
  'complain:complains,complained,complaining|predict:predicts,predicted,predicting|' +
  'promise:promises,promised,promising|vow:vows,vowed,vowing|pledge:pledges,pledged,pledging|' +
  'assure:assures,assured,assuring|reiterate:reiterates,reiterated,reiterating|' +
  'repeat:repeats,repeated,repeating|recount:recounts,recounted,recounting|' +
  'testify:testifies,testified,testifying|concede:concedes,conceded,conceding|' +
  'counter:counters,countered,countering|contend:contends,contended,contending|' +
  'maintain:maintains,maintained,maintaining|allege:alleges,alleged,alleging|charge:charges,charged,charging|' +
  'estimate:estimates,estimated,estimating|demand:demands,demanded,demanding|inform:informs,informed,informing|' +
  'advise:advises,advised,advising|caution:cautions,cautioned,cautioning|' +
  'proclaim:proclaims,proclaimed,proclaiming|assert:asserts,asserted,asserting|' +
  'affirm:affirms,affirmed,affirming|mention:mentions,mentioned,mentioning|' +
  'disclose:discloses,disclosed,disclosing|reveal:reveals,revealed,revealing|boast:boasts,boasted,boasting|' +
  'brag:brags,bragged,bragging|lament:laments,lamented,lamenting|bemoan:bemoans,bemoaned,bemoaning|' +
  'retort:retorts,retorted,retorting|exclaim:exclaims,exclaimed,exclaiming|' +
  'protest:protests,protested,protesting|object:objects,objected,objecting|' +
  'elaborate:elaborates,elaborated,elaborating|clarify:clarifies,clarified,clarifying|' +
  'specify:specifies,specified,specifying|accuse:accuses,accused,accusing|' +
  'criticize:criticizes,criticized,criticizing|criticise:criticises,criticised,criticising|' +
  'praise:praises,praised,praising|hail:hails,hailed,hailing|dismiss:dismisses,dismissed,dismissing|' +
  'reject:rejects,rejected,rejecting|query:queries,queried,querying|question:questions,questioned,questioning|' +
  'threaten:threatens,threatened,threatening|' +
  'summarize:summarizes,summarized,summarizing|' +
  'summarise:summarises,summarised,summarising|plead:pleads,pleaded,pled,pleading|' +
  'appeal:appeals,appealed,appealing|' +
  'agree:agrees,agreed,agreeing|' +
  'disagree:disagrees,disagreed,disagreeing|quote:quotes,quoted,quoting|cite:cites,cited,citing|' +
  'text:texts,texted,texting|email:emails,emailed,emailing|e-mail:e-mails,e-mailed,e-mailing|' +
  'message:messages,messaged,messaging|blog:blogs,blogged,blogging|speak:speaks,spoke,spoken,speaking|' +
  'talk:talks,talked,talking|' +
  'whisper:whispers,whispered,whispering|shout:shouts,shouted,shouting|' +
  'yell:yells,yelled,yelling|scream:screams,screamed,screaming|cry:cries,cried,crying|' +
  'interject:interjects,interjected,interjecting|fume:fumes,fumed,fuming|crow:crows,crowed,crowing|' +
  'opine:opines,opined,opining|scold:scolds,scolded,scolding|chide:chides,chided,chiding|' +
  'rebuke:rebukes,rebuked,rebuking|concur:concurs,concurred,concurring|gripe:gripes,griped,griping|' +
  'grumble:grumbles,grumbled,grumbling|rail:rails,railed,railing|rant:rants,ranted,ranting|' +
  'vent:vents,vented,venting';

const QUOTE_ONLY =
  'think:thinks,thought,thinking|believe:believes,believed,believing|hope:hopes,hoped,hoping|' +
  'feel:feels,felt,feeling|know:knows,knew,known,knowing|call:calls,called,calling|' +
  'describe:describes,described,describing|joke:jokes,joked,joking|quip:quips,quipped,quipping|' +
  'laugh:laughs,laughed,laughing|smile:smiles,smiled,smiling|sigh:sighs,sighed,sighing|' +
  'mutter:mutters,muttered,muttering|murmur:murmurs,murmured,murmuring|sob:sobs,sobbed,sobbing|' +
  'gush:gushes,gushed,gushing|muse:muses,mused,musing|reflect:reflects,reflected,reflecting|' +
  'wonder:wonders,wondered,wondering|continue:continues,continued,continuing|' +
  'begin:begins,began,begun,beginning|sing:sings,sang,sung,singing|chant:chants,chanted,chanting|' +
  'read:reads,reading|snap:snaps,snapped,snapping|' +
  'marvel:marvels,marveled,marvelled,marveling,marvelling|' +
  // Verbs that characterise what someone said; attribution only next to a quote ("condemned it as “reckless”").
  'condemn:condemns,condemned,condemning|liken:likens,likened,likening|blast:blasts,blasted,blasting|' +
  'slam:slams,slammed,slamming|decry:decries,decried,decrying|denounce:denounces,denounced,denouncing|' +
  'mock:mocks,mocked,mocking|deride:derides,derided,deriding|ridicule:ridicules,ridiculed,ridiculing|' +
  'lambaste:lambastes,lambasted,lambasting|compare:compares,compared,comparing|' +
  'characterize:characterizes,characterized,characterizing|characterise:characterises,characterised,characterising|' +
  'label:labels,labeled,labelled,labeling,labelling|dub:dubs,dubbed,dubbing|' +
  'term:terms,termed,terming|brand:brands,branded,branding|' +
  'sum:sums,summed,summing|' +
  'expect:expects,expected,expecting|fear:fears,feared,fearing|' +
  'attack:attacks,attacked,attacking|laud:lauds,lauded,lauding|tout:touts,touted,touting|' +
  'applaud:applauds,applauded,applauding|extol:extols,extolled,extolling|chastise:chastises,chastised,chastising|' +
  'castigate:castigates,castigated,castigating|excoriate:excoriates,excoriated,excoriating|' +
  'scoff:scoffs,scoffed,scoffing|sneer:sneers,sneered,sneering|taunt:taunts,taunted,taunting|' +
  'tease:teases,teased,teasing|groan:groans,groaned,groaning|moan:moans,moaned,moaning|' +
  'gasp:gasps,gasped,gasping|exult:exults,exulted,exulting|enthuse:enthuses,enthused,enthusing|' +
  'reason:reasons,reasoned,reasoning|rate:rates,rated,rating|rule:rules,ruled,ruling|' +
  'reference:references,referenced,referencing|exhort:exhorts,exhorted,exhorting';

/** Two-word cues: `lemma:first second,first second,…`. */
const MULTI =
  'point out:point out,points out,pointed out,pointing out|go on:go on,goes on,went on,going on,gone on|' +
  'make clear:make clear,makes clear,made clear,making clear|according to:according to|' +
  'sum up:sum up,sums up,summed up,summing up|' +
  'spell out:spell out,spells out,spelled out,spelt out,spelling out|' +
  'weigh in:weigh in,weighs in,weighed in,weighing in|chime in:chime in,chimes in,chimed in,chiming in|' +
  'hit back:hit back,hits back,hitting back|fire back:fire back,fires back,fired back,firing back|' +
  'shoot back:shoot back,shoots back,shot back,shooting back|' +
  'lash out:lash out,lashes out,lashed out,lashing out|cry out:cry out,cries out,cried out,crying out|' +
  'call out:call out,calls out,called out,calling out|speak out:speak out,speaks out,spoke out,speaking out|' +
  'open up:open up,opens up,opened up,opening up|quoted as:quoted as|cited as:cited as|' +
  'went further:went further|make plain:made plain,makes plain|put it:put it,puts it';

/** Verbs with which a document speaks: "the statement read", "the letter says", "the report noted". */
const DOCUMENT_VERBS =
  'read|reads|state|states|stated|say|says|said|note|notes|noted|add|adds|added|declare|declares|declared|' +
  'conclude|concludes|concluded|warn|warns|warned|continue|continues|continued|claim|claims|claimed|allege|' +
  'alleges|alleged|argue|argues|argued|assert|asserts|asserted|explain|explains|explained|insist|insists|' +
  'insisted|stress|stresses|stressed|emphasize|emphasizes|emphasized|emphasise|emphasises|emphasised|underline|' +
  'underlines|underlined|urge|urges|urged|announce|announces|announced|charge|charges|charged|show|shows|' +
  'showed|shown|find|finds|found|indicate|indicates|indicated|suggest|suggests|suggested|acknowledge|' +
  'acknowledges|acknowledged|describe|describes|described';

/** The verbs news most often puts right after a bare name ("Lebed said", "Okafor warned"). */
export const NAME_THEN_VERB_LEMMAS = wordSet(
  'speech.nameThenVerbLemmas',
  'say|tell|add|insist|stress|warn|reply|explain|declare|argue|note|admit|deny|complain',
);

/** Lemmas whose base, -s and -ing forms are also everyday nouns. */
const NOUN_LIKE: ReadonlySet<string> = new LazySet(() =>
  splitList(
    'post|report|state|note|question|charge|order|object|message|text|email|e-mail|comment|answer|reply|promise|' +
      'pledge|demand|claim|warn|protest|appeal|quote|estimate|counter|command|brand|label|term|figure|fear|hope|' +
      'wish|sum|put|want|talk|laugh|smile|sigh|joke|quip|cry|shout|whisper|remark|vow|tweet|blog|caution|boast|' +
      'lament|retort|query|reason|praise|hail|advise|threaten|plead|call|read|snap|rage|rant|gasp|groan|moan|' +
      'hiss|bark|scream|yell|sob|muse|chant|stress|mention|crow|vent|attack|rail|rant|fume|taunt|sneer|scoff|tease|gripe|' +
      'rebuke|tout|grumble|rate|rule|reference',
  ),
);

const built = lazy(() => {
  const single = new Map<string, SpeechCue>();
  const multi = new Map<string, SpeechCue>();
  const addForms = (data: string, strength: CueStrength) => {
    for (const entry of splitList(data)) {
      const [lemma, rest] = entry.split(':');
      for (const form of [lemma, ...(rest ? rest.split(',') : [])]) {
        const f = form.trim();
        if (!f || single.has(f)) continue;
        const nounLike = NOUN_LIKE.has(lemma) && (f === lemma || (/(?:s|ing)$/.test(f) && !/ed$/.test(f)));
        single.set(f, nounLike ? { lemma, length: 1, strength, nounLike: true } : { lemma, length: 1, strength });
      }
    }
  };
  addForms(SPEECH, 'speech');
  addForms(QUOTE_ONLY, 'quoteOnly');
  for (const entry of splitList(MULTI)) {
    const [lemma, rest] = entry.split(':');
    for (const form of rest.split(',')) {
      const f = form.trim();
      if (f && !multi.has(f)) multi.set(f, { lemma, length: 2, strength: 'speech' });
    }
  }
  return { single, multi };
});

/** Every single-word cue form (lowercase) → lemma and strength: "said" → say, "thought" → think (quoteOnly). */
export const speechVerbs: ReadonlyMap<string, SpeechCue> = new LazyMap(() => built().single);
/** Two-word cues ("pointed out", "went on", "made clear", "according to") → lemma. */
export const multiWordSpeechCues: ReadonlyMap<string, SpeechCue> = new LazyMap(() => built().multi);
/** Verbs with which documents speak: "read(s)", "state(s)", "say(s)", "note(s)"… */
export const documentSpeechVerbs: ReadonlySet<string> = new LazySet(() => splitList(DOCUMENT_VERBS));

/**
 * The speech cue starting at `word` (lowercase), looking at `next` (the following word, lowercase)
 * for two-word cues, which win over one-word ones ("pointed out" → {lemma: "point out", length: 2}).
 * Returns undefined when `word` is not a cue ("the", "pointed" alone, "according" alone).
 * Words are lowercased defensively; curly apostrophes don't matter here.
 */
export function speechCue(word: string, next?: string): SpeechCue | undefined {
  const w = word.toLowerCase();
  if (next !== undefined) {
    const two = multiWordSpeechCues.get(w + ' ' + next.toLowerCase());
    if (two) return two;
  }
  return speechVerbs.get(w);
}

/** Whether `word` is a verb a document can speak with ("read", "states", "noted"). */
export function isDocumentSpeechVerb(word: string): boolean {
  return documentSpeechVerbs.has(word.toLowerCase());
}

const forms = (data: string) =>
  splitList(data).flatMap((entry) => {
    const [lemma, rest] = entry.split(':');
    return [lemma, ...(rest ? rest.split(',').map((f) => f.trim()) : [])];
  });
registerList('speech.lemmas', () => splitList(SPEECH).map((entry) => entry.split(':')[0]));
registerList('speech.forms', () => forms(SPEECH));
registerList('speech.quoteOnlyLemmas', () => splitList(QUOTE_ONLY).map((entry) => entry.split(':')[0]));
registerList('speech.quoteOnlyForms', () => forms(QUOTE_ONLY));
registerList('speech.twoWordCues', () =>
  splitList(MULTI).flatMap((entry) =>
    entry
      .split(':')[1]
      .split(',')
      .map((f) => f.trim()),
  ),
);
registerList('speech.documentVerbs', () => splitList(DOCUMENT_VERBS));
