/**
 * Nationality, regional and group adjectives/demonyms ("Russian", "Russians", "European", "Sunni").
 * Used to keep them OUT of entity spans (CoNLL tags them MISC) and to recognise role descriptors
 * such as "the Russian leader". `nationalityPlace` maps a demonym to the country or region it
 * refers to ("Russian" → "Russia"), for descriptor resolution.
 *
 * Data format: `Place=Form,Form+,…` entries separated by `|`. A trailing `+` means the plural with
 * "s" is a form too ("Russian+" → "Russian", "Russians"). An empty place means a group with no
 * single place (religions, ethnic groups, "Western").
 */
import { registerList } from './registry';
import { lazy, LazyMap, LazySet, lowerSet, splitList } from './util';

const DATA =
  'Afghanistan=Afghan+,Afghani|Albania=Albanian+|Algeria=Algerian+|Andorra=Andorran+|Angola=Angolan+|' +
  'Argentina=Argentine+,Argentinian+|Armenia=Armenian+|Australia=Australian+,Aussie+|Austria=Austrian+|' +
  'Azerbaijan=Azerbaijani+,Azeri+|Bahamas=Bahamian+|Bahrain=Bahraini+|Bangladesh=Bangladeshi+|' +
  'Barbados=Barbadian+,Bajan+|Belarus=Belarusian+,Belarussian+,Byelorussian+|Belgium=Belgian+|Belize=Belizean+|' +
  'Benin=Beninese|Bhutan=Bhutanese|Bolivia=Bolivian+|Bosnia and Herzegovina=Bosnian+|' +
  'Botswana=Botswanan+,Motswana,Batswana|Brazil=Brazilian+|Brunei=Bruneian+|Bulgaria=Bulgarian+|' +
  'Burkina Faso=Burkinabe|Burundi=Burundian+|Cambodia=Cambodian+,Khmer|Cameroon=Cameroonian+|Canada=Canadian+|' +
  'Cape Verde=Cape Verdean+|Central African Republic=Central African+|Chad=Chadian+|Chile=Chilean+|' +
  'China=Chinese|Colombia=Colombian+|Comoros=Comoran+,Comorian+|Congo=Congolese|' +
  'Democratic Republic of the Congo=Zairean+,Zairian+|Costa Rica=Costa Rican+|' +
  'Croatia=Croatian+,Croat+|Cuba=Cuban+|Cyprus=Cypriot+|Czech Republic=Czech+|Denmark=Danish,Dane+|' +
  'Djibouti=Djiboutian+|Dominican Republic=Dominican+|East Timor=Timorese|Ecuador=Ecuadorian+,Ecuadorean+|' +
  'Egypt=Egyptian+|El Salvador=Salvadoran+,Salvadorean+|Equatorial Guinea=Equatorial Guinean+|' +
  'Eritrea=Eritrean+|Estonia=Estonian+|Eswatini=Swazi+|Ethiopia=Ethiopian+|Fiji=Fijian+|Finland=Finnish,Finn+|' +
  'France=French,Frenchman,Frenchmen,Frenchwoman,Frenchwomen|Gabon=Gabonese|Gambia=Gambian+|Georgia=Georgian+|' +
  'Germany=German+|Ghana=Ghanaian+|Greece=Greek+|Grenada=Grenadian+|Guatemala=Guatemalan+|Guinea=Guinean+|' +
  'Guyana=Guyanese|Haiti=Haitian+|Honduras=Honduran+|Hungary=Hungarian+|Iceland=Icelandic,Icelander+|' +
  'India=Indian+|Indonesia=Indonesian+|Iran=Iranian+,Persian+|Iraq=Iraqi+|' +
  'Ireland=Irish,Irishman,Irishmen,Irishwoman,Irishwomen|Israel=Israeli+|Italy=Italian+|Ivory Coast=Ivorian+|' +
  'Jamaica=Jamaican+|Japan=Japanese|Jordan=Jordanian+|Kazakhstan=Kazakh+,Kazakhstani+|Kenya=Kenyan+|' +
  'Kuwait=Kuwaiti+|Kyrgyzstan=Kyrgyz,Kirghiz|Laos=Laotian+,Lao|Latvia=Latvian+|Lebanon=Lebanese|' +
  'Lesotho=Basotho,Mosotho|Liberia=Liberian+|Libya=Libyan+|Liechtenstein=Liechtensteiner+|' +
  'Lithuania=Lithuanian+|Luxembourg=Luxembourger+,Luxembourgish|Madagascar=Malagasy|Malawi=Malawian+|' +
  'Malaysia=Malaysian+|Maldives=Maldivian+|Mali=Malian+|Malta=Maltese|Mauritania=Mauritanian+|' +
  'Mauritius=Mauritian+|Mexico=Mexican+|Moldova=Moldovan+|Monaco=Monegasque+|Mongolia=Mongolian+,Mongol+|' +
  'Montenegro=Montenegrin+|Morocco=Moroccan+|Mozambique=Mozambican+|Myanmar=Burmese|Namibia=Namibian+|' +
  'Nepal=Nepalese,Nepali+|Netherlands=Dutch,Dutchman,Dutchmen,Dutchwoman|New Zealand=New Zealander+,Kiwi+|' +
  'Nicaragua=Nicaraguan+|Niger=Nigerien+|Nigeria=Nigerian+|North Korea=North Korean+|' +
  'North Macedonia=Macedonian+|Norway=Norwegian+|Oman=Omani+|Pakistan=Pakistani+|Palestine=Palestinian+|' +
  'Panama=Panamanian+|Papua New Guinea=Papua New Guinean+|Paraguay=Paraguayan+|Peru=Peruvian+|' +
  'Philippines=Filipino+,Filipina+,Philippine|Poland=Polish,Pole+|Portugal=Portuguese|Qatar=Qatari+|' +
  'Romania=Romanian+|Russia=Russian+|Rwanda=Rwandan+|Saudi Arabia=Saudi+|Senegal=Senegalese|' +
  'Serbia=Serbian+,Serb+|Sierra Leone=Sierra Leonean+|Singapore=Singaporean+|Slovakia=Slovak+,Slovakian+|' +
  'Slovenia=Slovenian+,Slovene+|Somalia=Somali+|South Africa=South African+|South Korea=South Korean+|' +
  'Korea=Korean+|South Sudan=South Sudanese|Spain=Spanish,Spaniard+|Sri Lanka=Sri Lankan+|Sudan=Sudanese|' +
  'Suriname=Surinamese|Sweden=Swedish,Swede+|Switzerland=Swiss|Syria=Syrian+|Taiwan=Taiwanese|' +
  'Tajikistan=Tajik+|Tanzania=Tanzanian+|Thailand=Thai+|Togo=Togolese|Tonga=Tongan+|' +
  'Trinidad and Tobago=Trinidadian+|Tunisia=Tunisian+|Turkey=Turkish,Turk+|Turkmenistan=Turkmen|' +
  'Uganda=Ugandan+|Ukraine=Ukrainian+|United Arab Emirates=Emirati+|United Kingdom=British,Briton+,Brit+|' +
  'United States=American+|Uruguay=Uruguayan+|Uzbekistan=Uzbek+|Venezuela=Venezuelan+|Vietnam=Vietnamese|' +
  'Yemen=Yemeni+|Zambia=Zambian+|Zimbabwe=Zimbabwean+|Samoa=Samoan+|Seychelles=Seychellois|' +
  'Soviet Union=Soviet+|Yugoslavia=Yugoslav+|Czechoslovakia=Czechoslovak+|' +
  'Scotland=Scottish,Scot+,Scotsman,Scotsmen,Scotswoman|England=English,Englishman,Englishmen,Englishwoman|' +
  'Wales=Welsh,Welshman,Welshmen,Welshwoman|Northern Ireland=Northern Irish|Kosovo=Kosovar+,Kosovan+|' +
  'Chechnya=Chechen+|Kurdistan=Kurdish,Kurd+|Tibet=Tibetan+|Catalonia=Catalan+|Bavaria=Bavarian+|' +
  'Crimea=Crimean|Hong Kong=Hong Konger+|Puerto Rico=Puerto Rican+|Quebec=Quebecer+,Quebecois|Texas=Texan+|' +
  'California=Californian+|Flanders=Flemish|Basque Country=Basque+|Kashmir=Kashmiri+|Punjab=Punjabi+|' +
  'Sicily=Sicilian+|Gaza=Gazan+|Dagestan=Dagestani+|Tatarstan=Tatar+|Greenland=Greenlandic,Greenlander+|' +
  'Prussia=Prussian+|Ottoman Empire=Ottoman+|Corsica=Corsican+|Sardinia=Sardinian+|Tasmania=Tasmanian+|' +
  'Siberia=Siberian+|Castile=Castilian|Andalusia=Andalusian+|Galicia=Galician+|Lombardy=Lombard+|' +
  'Brittany=Breton+|' +
  'Europe=European+|Africa=African+|Asia=Asian+|Latin America=Latin American+|South America=South American+|' +
  'North America=North American+|Central America=Central American+|Middle East=Middle Eastern|' +
  'Scandinavia=Scandinavian+|Balkans=Balkan|Baltics=Baltic|Nordics=Nordic|' +
  'Arabian Peninsula=Arabian|Antarctica=Antarctic|Eurasia=Eurasian|Sub-Saharan Africa=Sub-Saharan|' +
  "=Western,Westerner+,Arab+,Sunni+,Shiite+,Shia,Shiia,Shi'ite+,Muslim+,Moslem+,Christian+,Catholic+," +
  'Protestant+,Orthodox,Jewish,Jew+,Hindu+,Sikh+,Buddhist+,Evangelical+,Mormon+,Islamic,Islamist+,Alawite+,' +
  'Druze,Yazidi+,Coptic,Copt+,Pashtun+,Tamil+,Sinhalese,Hutu+,Tutsi+,Uighur+,Uyghur+,Rohingya,Berber+,' +
  'Bedouin+,Romani,Hispanic+,Latino+,Latina+,Slav+,Slavic,Zulu+,Xhosa,Maori+,Aboriginal,Inuit,' +
  'Jihadist+,Salafist+,Wahhabi,Hasidic,Orthodox Jewish,Sephardic,Ashkenazi,Lutheran+,Anglican+,Methodist+,' +
  'Baptist+,Presbyterian+,Pentecostal+,Quaker+,Amish,Bosniak+,Pashto,Hazara+,Tajiks,Tuareg+,Fulani,Yoruba,' +
  'Igbo,Hausa,Oromo+,Tigrayan+';

/** Demonym/adjective → place (country or region); groups without one are absent from this map. */
export const nationalityPlace: ReadonlyMap<string, string> = new LazyMap(() => {
  const m = new Map<string, string>();
  for (const entry of splitList(DATA)) {
    const eq = entry.indexOf('=');
    const place = entry.slice(0, eq);
    for (let form of entry.slice(eq + 1).split(',')) {
      form = form.trim();
      if (!form) continue;
      const plural = form.endsWith('+');
      if (plural) form = form.slice(0, -1);
      const forms = plural ? [form, form + 's'] : [form];
      for (const f of forms) if (place && !m.has(f)) m.set(f, place);
    }
  }
  return m;
});

/** Every nationality, regional, religious or ethnic adjective/demonym, with plurals. */
export const nationalities: ReadonlySet<string> = new LazySet(() => {
  const s = new Set<string>();
  for (const entry of splitList(DATA)) {
    for (let form of entry.slice(entry.indexOf('=') + 1).split(',')) {
      form = form.trim();
      if (!form) continue;
      if (form.endsWith('+')) {
        form = form.slice(0, -1);
        s.add(form + 's');
      }
      s.add(form);
    }
  }
  return s;
});

const nationalitiesLower = lazy(() => lowerSet(nationalities));
const placeLower = lazy((): ReadonlyMap<string, string> => {
  const m = new Map<string, string>();
  for (const [k, v] of nationalityPlace) if (!m.has(k.toLowerCase())) m.set(k.toLowerCase(), v);
  return m;
});

/** Lowercase words that are ordinary English and must not match case-insensitively. */
const NO_IGNORE_CASE: ReadonlySet<string> = new LazySet(() =>
  splitList(
    'turk|polish|pole|poles|swede|swedes|china|western|orthodox|kiwi|kiwis|dane|danes|finn|finns|baptist|' +
      'evangelical|evangelicals|catholic|christian|christians',
  ),
);

/**
 * Whether `s` is a nationality/demonym or group adjective ("Russian", "Russians", "Sunni", "European").
 * With `ignoreCase`, all-caps forms match too; ordinary lowercase words ("polish", "western") don't.
 * Hyphenated compounds are matched on their parts: "pro-Russian", "Russian-backed", "Israeli-Palestinian".
 */
export function isNationality(s: string, ignoreCase = false): boolean {
  if (nationalities.has(s)) return true;
  if (ignoreCase) {
    const l = s.toLowerCase();
    if (nationalitiesLower().has(l) && !(NO_IGNORE_CASE.has(l) && s === l)) return true;
  }
  const dash = s.indexOf('-');
  if (dash > 0 || s.startsWith('pro-') || s.startsWith('anti-')) return hyphenated(s, ignoreCase) !== undefined;
  return false;
}

function hyphenated(s: string, ignoreCase: boolean): string | null | undefined {
  // returns the place of the first nationality part (null when it has none), or undefined
  const parts = s.split('-');
  let found: string | null | undefined;
  for (const p of parts) {
    if (p === 'pro' || p === 'anti' || p === 'Pro' || p === 'Anti') continue;
    const inSet = nationalities.has(p) || (ignoreCase && nationalitiesLower().has(p.toLowerCase()) && p !== p.toLowerCase());
    if (inSet) {
      if (found === undefined || found === null) found = nationalityPlace.get(p) ?? placeLower().get(p.toLowerCase()) ?? null;
    }
  }
  // "Russian-backed", "Israeli-Palestinian", "pro-Russian": at least one nationality part is required.
  return found;
}

/**
 * The country or region a nationality refers to ("Russian" → "Russia", "Europeans" → "Europe",
 * "pro-Russian" → "Russia"), or undefined when `s` is not a nationality or names a group with no
 * single place ("Sunni", "Arab", "Western" — use `isNationality` to test those).
 */
export function nationalityOf(s: string, ignoreCase = false): string | undefined {
  const exact = nationalityPlace.get(s);
  if (exact !== undefined) return exact;
  if (nationalities.has(s)) return undefined;
  if (ignoreCase && isNationality(s, true) && s.indexOf('-') < 0) return placeLower().get(s.toLowerCase());
  if (s.indexOf('-') > 0) return hyphenated(s, ignoreCase) ?? undefined;
  return undefined;
}

registerList('nationalities.forms', () =>
  splitList(DATA).flatMap((entry) =>
    entry
      .slice(entry.indexOf('=') + 1)
      .split(',')
      .map((form) => form.trim().replace(/\+$/, ''))
      .filter(Boolean),
  ),
);
