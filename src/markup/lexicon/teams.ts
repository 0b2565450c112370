/**
 * Sports knowledge for reading results: team nicknames (only trusted in sports copy, since many are
 * ordinary words elsewhere: "Giants", "Pirates", "Cardinals") and the words that open club names
 * ("Dynamo Moscow", "Real Betis", "FC Twente"). General world knowledge, not lists from any test data.
 */
import { registerList, wordSet } from './registry';
import { LazySet, splitList } from './util';

/** North American major-league nicknames, rugby and cricket sides' nicknames (plural forms). */
const NICKNAMES =
  // MLB
  'Yankees|Red Sox|Orioles|Blue Jays|Devil Rays|Rays|White Sox|Indians|Guardians|Royals|Tigers|Twins|Brewers|' +
  'Mariners|Rangers|Angels|Athletics|Astros|Braves|Mets|Phillies|Expos|Nationals|Marlins|Cubs|Cardinals|Reds|' +
  'Pirates|Dodgers|Giants|Padres|Rockies|Diamondbacks|' +
  // NBA
  'Celtics|Knicks|Nets|76ers|Sixers|Raptors|Bulls|Cavaliers|Pistons|Pacers|Bucks|Hawks|Hornets|Heat|Magic|' +
  'Wizards|Bullets|Nuggets|Timberwolves|Thunder|SuperSonics|Sonics|Trail Blazers|Blazers|Jazz|Warriors|Clippers|' +
  'Lakers|Suns|Kings|Mavericks|Rockets|Grizzlies|Pelicans|Spurs|' +
  // NFL
  'Bills|Dolphins|Patriots|Jets|Ravens|Bengals|Browns|Steelers|Texans|Colts|Jaguars|Titans|Oilers|Broncos|' +
  'Chiefs|Raiders|Chargers|Cowboys|Eagles|Redskins|Commanders|Bears|Lions|Packers|Vikings|Falcons|Panthers|' +
  'Saints|Buccaneers|49ers|Seahawks|Rams|' +
  // NHL
  'Bruins|Sabres|Red Wings|Canadiens|Senators|Lightning|Maple Leafs|Hurricanes|Whalers|Blue Jackets|Devils|' +
  'Islanders|Flyers|Penguins|Capitals|Blackhawks|Avalanche|Stars|Wild|Predators|Blues|Flames|Edmonton Oilers|' +
  'Canucks|Ducks|Mighty Ducks|Sharks|Coyotes|Golden Knights|Kraken|Nordiques|' +
  // rugby, cricket, national sides' nicknames
  'All Blacks|Wallabies|Springboks|Pumas|Barbarians|Kangaroos|Kiwis|Saracens|Harlequins|Wasps|' +
  'Leicester Tigers|Bath Rugby|Quins|Proteas|Black Caps|Socceroos|Super Eagles|Black Stars|Indomitable Lions|' +
  'Bafana Bafana|Azzurri|Oranje|Red Devils';

/** Words that open a club's name: "Dynamo Moscow", "Real Betis", "Sporting Gijon", "Borussia Dortmund". */
const CLUB_LEAD =
  'Dynamo|Dinamo|Spartak|Lokomotiv|Lokomotiva|Torpedo|Zenit|CSKA|Rotor|Krylya|Shinnik|Metalist|Shakhtar|Dnipro|' +
  'Dnepr|Chernomorets|Real|Sporting|Racing|Atletico|Atlético|Deportivo|Olympique|Olympiakos|Olympiacos|Panathinaikos|' +
  'Borussia|Eintracht|Fortuna|Werder|Hertha|Bayer|Hansa|Arminia|Kickers|Alemannia|VfB|VfL|TSV|SV|SC|FC|AC|AS|' +
  'AFC|CF|CD|UD|SD|RCD|US|SS|Inter|Internazionale|Juventus|Sparta|Slavia|Slovan|Legia|Widzew|Wisla|Lech|Gornik|' +
  'Ruch|Polonia|Partizan|Crvena|Hajduk|Steaua|Rapid|Universitatea|Petrolul|Ferencvaros|Ujpest|Honved|' +
  'Standard|Club|Cercle|Royal|Vitoria|Vitória|Maritimo|Nacional|Academica|Besiktas|Fenerbahce|' +
  'Galatasaray|Trabzonspor|Anderlecht|Feyenoord|PSV|Ajax|Twente|Vitesse|Willem|Roda|Young|Grasshopper|Grasshoppers|' +
  'Servette|Lausanne|Austria|Admira|Sturm|Red Star|Maccabi|Hapoel|Beitar|Bnei|Levski|Lokeren|' +
  'Boca|River|Independiente|Estudiantes|Velez|Vélez|Penarol|Peñarol|Flamengo|Fluminense|Botafogo|Vasco|' +
  'Corinthians|Palmeiras|Gremio|Grêmio|Cruzeiro|Santos|Sao Paulo';

export const teamNicknames: ReadonlySet<string> = new LazySet(() => splitList(NICKNAMES));
export const clubLeadWords: ReadonlySet<string> = new LazySet(() => splitList(CLUB_LEAD));

/** A team nickname ("Yankees", "Blue Jays", "All Blacks"): only a team in sports copy. */
export function isTeamNickname(s: string): boolean {
  return teamNicknames.has(s);
}

/** A word that opens club names ("Dynamo", "Real", "Borussia"). */
export function isClubLeadWord(s: string): boolean {
  return clubLeadWords.has(s);
}

registerList('teams.nicknames', () => splitList(NICKNAMES));
registerList('teams.clubLeads', () => splitList(CLUB_LEAD));

/** Slugs that open a sports story's headline: "SOCCER - ...", "CRICKET - ...". */
export const SPORT_SLUGS = wordSet(
  'teams.sportSlugs',
  'SOCCER|FOOTBALL|CRICKET|BASEBALL|BASKETBALL|TENNIS|GOLF|RUGBY UNION|RUGBY LEAGUE|RUGBY|ICE HOCKEY|HOCKEY|NHL|' +
    'NBA|NFL|MLB|ATHLETICS|CYCLING|BOXING|SQUASH|MOTOR RACING|MOTORRACING|MOTORCYCLING|FORMULA ONE|HORSE RACING|' +
    'SWIMMING|VOLLEYBALL|HANDBALL|SKIING|ROWING|BADMINTON|SPORTS|SPORT',
);

/** Club lead words that also stand alone for other things ("Royal", "River", "Standard"): a club only with more words. */
export const GENERIC_CLUB_LEADS = wordSet(
  'teams.genericClubLeads',
  'Club|Royal|Young|Standard|US|AS|SC|FC|AC|SV|SS|CD|CF|UD|SD|AFC|Austria|Santos|River|Nacional|Willem|Rapid|' + 'Racing|Sporting',
);

/** Abbreviations that end a club's name: "Twente FC", "Hamburger SV". */
export const CLUB_SUFFIXES = wordSet('teams.clubSuffixes', 'FC|SC|SV|AC|CF');

/** How a cricket scorecard names a dismissal before the player: "c Healy b Warne", "lbw b Akram", "run out (Jones)". */
export const CRICKET_DISMISSALS = wordSet('teams.cricketDismissals', 'c|b|st|lbw b|c and b|run out (');

/** Scorecard headings before a list of players: "Did not bat: Vaas, Dharmasena". */
export const SCORECARD_HEADINGS = wordSet('teams.scorecardHeadings', 'Did not bat|Yet to bat|To bat|Dismissed');
