/**
 * Capitalised words that are not PER/ORG/LOC entities: calendar words, sentence/headline starters,
 * bare honorifics, and names that CoNLL tags MISC (events, holidays, languages, religions, products,
 * wars, competitions). Small on purpose: anything else is decided by the engine.
 *
 * "May", "June", "April", "August": months here AND female first names in `firstNames`. The lexicon
 * reports both (isCommonCapitalizedNonEntity("May") and genderOfFirstName("May") === "female");
 * `isAmbiguousFirstName("May")` flags the clash so the engine decides by context ("May 5" vs "May Smith").
 */
import { registerList } from './registry';
import { LazySet, splitList } from './util';

const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Written with and without a stop: "Tue", "Tue.". */
const DAY_ABBREVIATIONS = 'Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Written with and without a stop: "Jan", "Jan.". */
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const TIME_WORDS =
  'Today|Tonight|Yesterday|Tomorrow|Weekend|Spring|Summer|Autumn|Fall|Winter|AM|PM|A.M.|P.M.|GMT|UTC|EST|EDT|' + 'PST|PDT|CET|CEST|BST';
const withStops = (data: string) => splitList(data).flatMap((word) => [word, `${word}.`]);
const calendarEntries = () => [
  ...splitList(DAYS),
  ...withStops(DAY_ABBREVIATIONS),
  ...splitList(MONTHS),
  ...withStops(MONTH_ABBREVIATIONS),
  ...splitList(TIME_WORDS),
];

const STARTERS =
  'The|A|An|But|And|Or|Nor|So|Yet|However|Meanwhile|Moreover|Furthermore|Also|Still|Then|Now|Here|There|In|On|' +
  'At|For|With|Without|From|To|Of|By|About|After|Before|During|Since|Until|Under|Over|Among|Between|Against|' +
  'Despite|Although|Though|Because|While|When|Whenever|Where|If|Unless|As|Once|Like|Unlike|This|That|These|' +
  'Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|My|Your|What|Who|Whom|Whose|Which|Why|How|Some|Many|' +
  'Most|Much|More|Few|Several|All|Both|Each|Every|Either|Neither|No|Not|None|Nothing|Only|Even|Just|Such|Other|' +
  'Another|Any|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|First|Second|Third|Last|Next|Earlier|Later|' +
  'Finally|Instead|Indeed|Perhaps|Maybe|Already|Again|Never|Always|Often|Yes|According|Asked|Speaking|' +
  'Reporting|Writing|Additional|Editing|Updated|Related|Read|Watch|Listen|Photo|Photos|Video|Reporting by|' +
  'Editing by|Breaking|Exclusive|Analysis|Opinion|Comment|Update|Advertisement|Sign|Subscribe|Share|Click|' +
  "Please|Thank|Thanks|Dear|Hello|Oh|Well|Let|Let's|Do|Does|Did|Is|Are|Was|Were|Will|Would|Can|Could|Should|" +
  'Must|May|Might|Shall|Has|Have|Had|Be|Being|Been|Whether|Anyone|Everyone|Someone|Nobody|Everybody|Somebody|' +
  'Officials|Police|Government|Authorities|Sources|Experts|Analysts|Critics|Residents|Witnesses|Troops|Rebels|' +
  'Protesters|Investigators|Prosecutors|Lawmakers';

const HONORIFICS =
  'Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Prof|Prof.|Sir|Dame|Madam|Madame|Mme|Herr|Frau|Lord|Lady|Rev|Rev.|St|St.|' +
  'Mt|Mt.|Jr|Jr.|Sr|Sr.|II|III|IV|Esq|Esq.|Ph.D.|PhD|MD|M.D.';

/** CoNLL MISC: events, holidays, languages, religions and scriptures, wars, competitions, awards, products. */
const MISC =
  'God|Allah|Internet|Web|Covid|Covid-19|COVID-19|COVID|coronavirus|Coronavirus|SARS|MERS|Ebola|Zika|HIV|AIDS|' +
  'Omicron|Delta variant|Christmas|Xmas|Christmas Eve|Easter|Good Friday|Ramadan|Eid|Eid al-Fitr|Eid al-Adha|' +
  "Hanukkah|Passover|Yom Kippur|Rosh Hashanah|Diwali|Holi|Thanksgiving|Halloween|New Year|New Year's|" +
  "New Year's Eve|New Year's Day|Lunar New Year|Chinese New Year|Lent|Valentine's Day|Independence Day|" +
  'Fourth of July|Labor Day|Memorial Day|Veterans Day|Martin Luther King Day|Victory Day|Bastille Day|' +
  'Boxing Day|Hajj|Nowruz|Olympics|Olympic Games|Winter Olympics|Summer Olympics|Paralympics|Paralympic Games|' +
  "World Cup|Women's World Cup|Super Bowl|Champions League|Europa League|Premier League|" +
  'Bundesliga|La Liga|Serie A|Ligue 1|Copa America|Copa América|Copa Libertadores|' +
  'European Championship|Euro 2024|Euro 2028|Euros|Africa Cup of Nations|Nations League|' +
  "FA Cup|Copa del Rey|Tour de France|Giro d'Italia|" +
  'Grand Prix|Grand Slam|Australian Open|French Open|Roland Garros|US Open|U.S. Open|Davis Cup|' +
  'Ryder Cup|Masters|The Masters|Open Championship|British Open|PGA Championship|' +
  'Stanley Cup|World Series|NBA Finals|March Madness|Final Four|Six Nations|Rugby World Cup|Ashes|' +
  'Indian Premier League|IPL|Kentucky Derby|Grand National|Indianapolis 500|' +
  'Formula One|Formula 1|F1|MotoGP|NASCAR|Commonwealth Games|Asian Games|Pan American Games|Oscars|' +
  'Oscar|Academy Awards|Grammys|Grammy|Emmys|Emmy|Golden Globes|Golden Globe|BAFTA|' +
  'Cannes Film Festival|Eurovision|Eurovision Song Contest|Nobel Prize|' +
  "Nobel Peace Prize|Nobel|Pulitzer|Pulitzer Prize|Ballon d'Or|Brexit|Holocaust|Cold War|" +
  'World War One|World War I|World War Two|World War II|First World War|Second World War|Great War|Vietnam War|' +
  'Korean War|Gulf War|Iraq War|Six-Day War|Yom Kippur War|Arab Spring|Watergate|Cultural Revolution|' +
  'Great Depression|Renaissance|Nakba|Intifada|' +
  'Troubles|Obamacare|Affordable Care Act|Medicare|Medicaid|Social Security|Bitcoin|Ethereum|Dow|' +
  'Dow Jones Industrial Average|S&P 500|Nasdaq Composite|FTSE 100|FTSE|DAX|CAC 40|Nikkei 225|Hang Seng|Euro|' +
  'Islam|Christianity|Judaism|Hinduism|Buddhism|Bible|Koran|Quran|' +
  "Qur'an|Torah|Talmud|Old Testament|New Testament|Gospel|Sharia|Sabbath|Mass|English|Mandarin|Cantonese|" +
  'Arabic|Hebrew|Hindi|Urdu|Bengali|Farsi|Persian|Russian|Spanish|Portuguese|Swahili|Latin|Greek|Turkish|' +
  'Japanese|Korean|Italian|Dutch|Polish|Ukrainian|Yiddish|Tamil|Punjabi|Pashto|Dari|Kurdish|' +
  'French|German|Chinese|Swedish|Norwegian|Danish|Finnish|Hungarian|Czech|Romanian|Bulgarian|Serbian|Croatian|' +
  'Albanian|Armenian|Georgian|Azerbaijani|Kazakh|Uzbek|Indonesian|Malay|Thai|Vietnamese|Somali|' +
  'Hausa|Yoruba|Zulu|Welsh|Gaelic|Irish|Scots|Catalan|Basque|Galician|Republican|Republicans|' +
  'Democrat|Democrats|Tory|Conservative|Conservatives|Liberal|Liberals|Socialist|Socialists|Communist|' +
  'Communists|Nazi|Nazis|Marxist|Maoist|Zionist|Zionism|Brexiteer|' +
  'MAGA|iPhone|iPad|Windows|Android|ChatGPT|Boeing 737|Boeing 737 MAX|737 MAX|F-16|F-35|' +
  'Patriot|HIMARS|ATACMS|Storm Shadow|Taurus|Leopard|Javelin|Stinger|Iskander|Kinzhal|Shahed|' +
  'S-400|G7 summit|G20 summit|Paris Agreement|' +
  'Paris climate agreement|Kyoto Protocol|Geneva Conventions|Minsk agreements|Good Friday Agreement|' +
  'Abraham Accords|Oslo Accords|Iran nuclear deal|JCPOA|New START|Schengen|' +
  'Schengen Area|Eurozone|euro zone|Belt and Road|Belt and Road Initiative|Marshall Plan|' +
  'Declaration of Independence|Constitution|First Amendment|Second Amendment|' +
  'Roe v. Wade|Article 5';

export const calendarWords: ReadonlySet<string> = new LazySet(calendarEntries);

/** Month names and their abbreviations as written ("September", "Sept"), longest first: for date patterns. */
export const monthWords: readonly string[] = [...splitList(MONTHS), ...splitList(MONTH_ABBREVIATIONS)].sort((a, b) => b.length - a.length);

const daysAndMonthsLower = new LazySet(() =>
  [...splitList(DAYS), ...splitList(MONTHS), ...splitList(MONTH_ABBREVIATIONS)].map((w) => w.toLowerCase()),
);

/** A day or a month, in any case, with or without a stop ("monday", "Sept.", "MAY"): not a name on its own. */
export function isDayOrMonth(word: string): boolean {
  return daysAndMonthsLower.has(word.toLowerCase().replace(/\.$/, ''));
}
export const sentenceStarters: ReadonlySet<string> = new LazySet(() => splitList(STARTERS));
export const honorificWords: ReadonlySet<string> = new LazySet(() => splitList(HONORIFICS));
/** Names CoNLL tags MISC (events, holidays, languages, religions, wars, competitions, awards, products). */
export const miscNames: ReadonlySet<string> = new LazySet(() => splitList(MISC));

/** Union of calendar words, sentence/headline starters, bare honorifics and MISC names. */
export const commonCapitalizedNonEntities: ReadonlySet<string> = new LazySet(() => [
  ...calendarWords,
  ...sentenceStarters,
  ...honorificWords,
  ...miscNames,
]);

/** Whether `s` (as written) is a capitalised word/phrase that is not a PER/ORG/LOC entity. */
export function isCommonCapitalizedNonEntity(s: string): boolean {
  return commonCapitalizedNonEntities.has(s);
}

/** Whether `s` is a CoNLL MISC name (an event, holiday, language, religion, war, competition, award…). */
export function isMiscName(s: string): boolean {
  return miscNames.has(s);
}

/** Whether `s` is a day, month or other calendar word ("Monday", "Jan.", "May"). */
export function isCalendarWord(s: string): boolean {
  return calendarWords.has(s);
}

registerList('nonEntities.calendar', calendarEntries);
registerList('nonEntities.starters', () => splitList(STARTERS));
registerList('nonEntities.honorifics', () => splitList(HONORIFICS));
registerList('nonEntities.misc', () => splitList(MISC));
