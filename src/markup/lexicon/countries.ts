/**
 * Countries as written in English news: sovereign states, common short/alternative forms, former
 * states that still appear in news archives, and territories/regions that news treats as
 * country-like places (CoNLL LOC). Matched case-sensitively; see `isCountry` for a case-insensitive
 * option. Names are facts (general world knowledge).
 */
import { registerList } from './registry';
import { lazy, LazyMap, LazySet, lowerSet, normApostrophe, splitList } from './util';

/** The 193 UN member states plus the two observer states (canonical English news forms). */
const SOVEREIGN =
  'Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|' +
  'Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|' +
  'Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|' +
  'Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|' +
  'Czech Republic|Democratic Republic of the Congo|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|' +
  'Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|' +
  'Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|' +
  'Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|' +
  'Kiribati|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|' +
  'Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|' +
  'Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|' +
  'Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|' +
  'Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|' +
  'Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe|' +
  'Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|' +
  'South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Tajikistan|' +
  'Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|' +
  'United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|' +
  'Yemen|Zambia|Zimbabwe';

/** alias>canonical: common news forms and official/alternative names. */
const ALIASES =
  'U.S.>United States|US>United States|USA>United States|U.S.A.>United States|America>United States|' +
  'United States of America>United States|UK>United Kingdom|U.K.>United Kingdom|Britain>United Kingdom|' +
  'Great Britain>United Kingdom|Russian Federation>Russia|Republic of Korea>South Korea|DPRK>North Korea|' +
  "Democratic People's Republic of Korea>North Korea|Cote d'Ivoire>Ivory Coast|Côte d'Ivoire>Ivory Coast|" +
  'Czechia>Czech Republic|Holland>Netherlands|Burma>Myanmar|Swaziland>Eswatini|Macedonia>North Macedonia|' +
  'Timor-Leste>East Timor|Cabo Verde>Cape Verde|DR Congo>Democratic Republic of the Congo|' +
  'DRC>Democratic Republic of the Congo|Congo-Kinshasa>Democratic Republic of the Congo|' +
  'Congo-Brazzaville>Congo|Republic of the Congo>Congo|Congo Republic>Congo|The Gambia>Gambia|' +
  'UAE>United Arab Emirates|U.A.E.>United Arab Emirates|Vatican City>Vatican|Holy See>Vatican|Türkiye>Turkey|' +
  "Turkiye>Turkey|PRC>China|People's Republic of China>China|Mainland China>China|Viet Nam>Vietnam|" +
  'Bosnia>Bosnia and Herzegovina|Bosnia-Herzegovina>Bosnia and Herzegovina|Trinidad>Trinidad and Tobago|' +
  'Antigua>Antigua and Barbuda|St. Lucia>Saint Lucia|St Lucia>Saint Lucia|' +
  'St. Kitts and Nevis>Saint Kitts and Nevis|St. Vincent and the Grenadines>Saint Vincent and the Grenadines|' +
  'Sao Tome>Sao Tome and Principe|São Tomé and Príncipe>Sao Tome and Principe|Kyrgyz Republic>Kyrgyzstan|' +
  'Surinam>Suriname|Kazakstan>Kazakhstan|Kirgizstan>Kyrgyzstan|Kirghizstan>Kyrgyzstan|Tadjikistan>Tajikistan|' +
  'Moldavia>Moldova|Turkmenia>Turkmenistan|Azerbaidjan>Azerbaijan|Byelarus>Belarus|' +
  'Kirghizia>Kyrgyzstan|Byelorussia>Belarus|Belorussia>Belarus|Slovak Republic>Slovakia|Persia>Iran|' +
  'Islamic Republic of Iran>Iran|Federated States of Micronesia>Micronesia|Brunei Darussalam>Brunei|' +
  'State of Palestine>Palestine|Republic of Ireland>Ireland|Eire>Ireland|Kampuchea>Cambodia|Siam>Thailand|' +
  'Ceylon>Sri Lanka|Zaire>Democratic Republic of the Congo|Rhodesia>Zimbabwe|Dahomey>Benin|' +
  'Upper Volta>Burkina Faso';

/** Former states still found in news (archives, history, sport records). */
const HISTORICAL =
  'Soviet Union|USSR|U.S.S.R.|Yugoslavia|Czechoslovakia|East Germany|West Germany|GDR|FRG|' +
  'Serbia and Montenegro|Ottoman Empire|Austria-Hungary|Prussia|South Vietnam|North Vietnam|South Yemen|' +
  'North Yemen';

/** Territories, disputed areas and constituent countries/regions that news treats like countries. */
const TERRITORIES =
  'Taiwan|Korea|Hong Kong|Macau|Macao|Palestinian Territories|Palestinian territories|Kosovo|Gaza|Gaza Strip|' +
  'West Bank|East Jerusalem|Golan Heights|Golan|Sinai|Crimea|Donbas|Donbass|Kashmir|Jammu and Kashmir|Tibet|' +
  'Xinjiang|Inner Mongolia|Chechnya|Dagestan|Ingushetia|Tatarstan|Kurdistan|Iraqi Kurdistan|Scotland|England|' +
  'Wales|Northern Ireland|Catalonia|Basque Country|Bavaria|Flanders|Wallonia|Corsica|Sardinia|Sicily|Greenland|' +
  'Faroe Islands|Puerto Rico|Guam|American Samoa|U.S. Virgin Islands|Western Sahara|Transnistria|Abkhazia|' +
  'South Ossetia|Nagorno-Karabakh|Karabakh|Somaliland|Puntland|Northern Cyprus|Gibraltar|Bermuda|' +
  'Cayman Islands|British Virgin Islands|Falkland Islands|Falklands|Aruba|Curacao|Curaçao|New Caledonia|' +
  'French Polynesia|Tahiti|Martinique|Guadeloupe|French Guiana|Mayotte|Isle of Man|Guernsey|Zanzibar|Darfur|' +
  'Bougainville|Aceh|Papua|West Papua|Mindanao|Balochistan|Baluchistan|Punjab|Tigray|Amhara|Oromia|Cabinda|' +
  'Biafra|Ogaden|Rojava|Abyei|Kordofan|Ambazonia';

export const sovereignStates: ReadonlySet<string> = new LazySet(() => splitList(SOVEREIGN));

/** alias or canonical name → canonical country name ("U.S." → "United States"; "Russia" → "Russia"). */
export const countryCanonical: ReadonlyMap<string, string> = new LazyMap(() => {
  const m = new Map<string, string>();
  for (const c of sovereignStates) m.set(c, c);
  for (const pair of splitList(ALIASES)) {
    const [alias, canon] = pair.split('>');
    m.set(alias, canon);
  }
  for (const h of splitList(HISTORICAL)) m.set(h, h);
  for (const t of splitList(TERRITORIES)) m.set(t, t);
  return m;
});

/** Every country-like name: sovereign states, aliases, historical states and territories. */
export const countries: ReadonlySet<string> = new LazySet(() => countryCanonical.keys());

const countriesLower = lazy(() => lowerSet(countries));
const canonicalLower = lazy((): ReadonlyMap<string, string> => {
  const m = new Map<string, string>();
  for (const [k, v] of countryCanonical) if (!m.has(k.toLowerCase())) m.set(k.toLowerCase(), v);
  return m;
});

/** Case-insensitive matches of these are too ambiguous ("us" the pronoun, "georgia" the name…). */
const NO_IGNORE_CASE = new Set([
  'us',
  'uk',
  'chad',
  'jordan',
  'georgia',
  'turkey',
  'china',
  'guinea',
  'niger',
  'america',
  'gaza',
  'golan',
  'papua',
  'punjab',
]);

/**
 * Whether `s` is a country (or country-like territory) name. Case-sensitive by default; with
 * `ignoreCase`, all-caps headline forms ("RUSSIA") also match, but a few words that are common
 * lowercase words or first names ("us", "chad", "turkey"…) must still be written with a capital.
 */
export function isCountry(s: string, ignoreCase = false): boolean {
  s = normApostrophe(s);
  if (countries.has(s)) return true;
  if (!ignoreCase) return false;
  const l = s.toLowerCase();
  if (NO_IGNORE_CASE.has(l) && s === l) return false;
  return countriesLower().has(l);
}

/** The canonical country for a name or alias ("U.K." → "United Kingdom"), or undefined. */
export function canonicalCountry(s: string, ignoreCase = false): string | undefined {
  s = normApostrophe(s);
  const exact = countryCanonical.get(s);
  if (exact !== undefined || !ignoreCase) return exact;
  return isCountry(s, true) ? canonicalLower().get(s.toLowerCase()) : undefined;
}

registerList('countries.sovereign', () => splitList(SOVEREIGN));
registerList('countries.aliases', () => splitList(ALIASES).map((pair) => pair.split('>')[0]));
registerList('countries.historical', () => splitList(HISTORICAL));
registerList('countries.territories', () => splitList(TERRITORIES));
