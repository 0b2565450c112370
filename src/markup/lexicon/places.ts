/**
 * Places other than countries: continents and world regions, the most newsworthy world cities,
 * US states (with AP dateline abbreviations), Canadian provinces, Australian states, sub-national
 * regions, and seas, rivers, lakes, mountains, islands and other geographic features.
 * Names are facts (general world knowledge). Countries live in `countries.ts`; `isPlace` accepts both.
 */
import { registerList } from './registry';
import { canonicalCountry, countries, isCountry } from './countries';
import { lazy, LazyMap, LazySet, lowerSet, normApostrophe, splitList } from './util';

const REGIONS =
  'Europe|Asia|Africa|Eurasia|North America|South America|Latin America|Central America|Americas|Oceania|' +
  'Australasia|Antarctica|Antarctic|Arctic|Middle East|Mideast|Near East|Far East|Balkans|Western Balkans|' +
  'Baltics|Baltic states|Caucasus|North Caucasus|South Caucasus|Transcaucasia|Central Asia|South Asia|' +
  'Southeast Asia|South-East Asia|East Asia|Asia-Pacific|Indo-Pacific|Pacific Rim|Western Europe|' +
  'Eastern Europe|Central Europe|Northern Europe|Southern Europe|Caribbean|Scandinavia|Nordics|Gulf|' +
  'Persian Gulf|Arabian Gulf|Arabian Peninsula|Sahel|Sahara|Maghreb|Horn of Africa|West Africa|East Africa|' +
  'North Africa|Southern Africa|Central Africa|Sub-Saharan Africa|Great Lakes region|Siberia|Patagonia|' +
  'Amazon rainforest|Amazon basin|Levant|Mesopotamia|Anatolia|Indochina|Manchuria|Bengal|Lapland|Iberia|' +
  "Riviera|French Riviera|Cote d'Azur|Côte d'Azur|Provence|Brittany|Normandy|Alsace|Burgundy|Tuscany|Lombardy|" +
  'Piedmont|Veneto|Calabria|Campania|Andalusia|Galicia|Castile|Saxony|Brandenburg|North Rhine-Westphalia|' +
  'Baden-Wurttemberg|Baden-Württemberg|Lower Saxony|Schleswig-Holstein|Ruhr|Silesia|Transylvania|Moravia|' +
  'Bohemia|Glamorgan|Middlesex|Worcestershire|Gloucestershire|Leicestershire|Northamptonshire|' +
  'Nottinghamshire|Derbyshire|Warwickshire|Hampshire|Somerset|Dorset|Wiltshire|Berkshire|Buckinghamshire|' +
  'Hertfordshire|Oxfordshire|Cambridgeshire|Lincolnshire|Staffordshire|Shropshire|Cheshire|Cumbria|' +
  'Northumberland|Norfolk|Suffolk|Herefordshire|Gwent|Dyfed|Fife|Lothian|Strathclyde|Tayside|Grampian|' +
  'Yorkshire|Lancashire|Cornwall|Devon|Kent|Essex|Surrey|Sussex|Midlands|West Midlands|East Anglia|' +
  'Highlands|Ulster|Midwest|Deep South|New England|Pacific Northwest|Rust Belt|Sun Belt|Bible Belt|Appalachia|' +
  'Great Plains|Silicon Valley|Bay Area|West Coast|East Coast|Gulf Coast|Upstate New York|Negev|Galilee|' +
  'Donetsk region|Luhansk region|Helmand|Anbar|Nineveh|Sindh|Khyber Pakhtunkhwa|Waziristan|Uttar Pradesh|' +
  'Maharashtra|Gujarat|Kerala|Tamil Nadu|Karnataka|West Bengal|Bihar|Rajasthan|Assam|Manipur|Ladakh|Sikkim|' +
  'Guangdong|Sichuan|Hubei|Zhejiang|Jiangsu|Fujian|Yunnan|Shandong|Hainan|Hokkaido|Kyushu|Honshu|Okinawa|' +
  'Fukushima|Kamchatka|Sakhalin|Karelia|Moscow region|Urals|Cabo Delgado|Ituri|North Kivu|South Kivu|Kivu|' +
  'Katanga|Borno|Niger Delta|Oaxaca|Chiapas|Sinaloa|Michoacan|Jalisco|Yucatan|Baja California';

const CITIES =
  // capitals
  "St. John's|Saint John's|St. George's|Malé|Yaren|Andorra la Vella|Bandar Seri Begawan|Palikir|Ngerulmud|" +
  "Funafuti|Tarawa|Majuro|Honiara|Port Vila|Nuku'alofa|Apia|Moroni|Praia|Malabo|Roseau|Basseterre|Castries|" +
  'Kingstown|Belmopan|Mbabane|Maseru|Gitega|Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|' +
  'Baku|Nassau|Manama|Dhaka|Bridgetown|Minsk|Brussels|Porto-Novo|Thimphu|La Paz|Sucre|Sarajevo|Gaborone|' +
  "Brasilia|Brasília|Sofia|Ouagadougou|Bujumbura|Phnom Penh|Yaounde|Yaoundé|Ottawa|Bangui|N'Djamena|Ndjamena|" +
  'Santiago|Beijing|Peking|Bogota|Bogotá|Brazzaville|Kinshasa|San Jose|San José|Zagreb|Havana|Nicosia|Prague|' +
  'Copenhagen|Santo Domingo|Dili|Quito|Cairo|San Salvador|Asmara|Tallinn|Addis Ababa|Suva|Helsinki|Paris|' +
  'Libreville|Banjul|Tbilisi|Berlin|Accra|Athens|Guatemala City|Conakry|Bissau|Georgetown|Port-au-Prince|' +
  'Tegucigalpa|Budapest|Reykjavik|New Delhi|Jakarta|Tehran|Teheran|Baghdad|Dublin|Jerusalem|Rome|Yamoussoukro|' +
  'Abidjan|Kingston|Tokyo|Amman|Astana|Nur-Sultan|Nairobi|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Monrovia|' +
  'Tripoli|Vaduz|Vilnius|Luxembourg City|Antananarivo|Lilongwe|Kuala Lumpur|Bamako|Valletta|Nouakchott|' +
  'Port Louis|Mexico City|Chisinau|Chișinău|Ulaanbaatar|Ulan Bator|Podgorica|Rabat|Maputo|Naypyidaw|Naypyitaw|' +
  'Nay Pyi Taw|Windhoek|Kathmandu|Amsterdam|The Hague|Wellington|Managua|Niamey|Abuja|Pyongyang|Skopje|Oslo|' +
  'Muscat|Islamabad|Ramallah|Panama City|Port Moresby|Asuncion|Asunción|Lima|Manila|Warsaw|Lisbon|Doha|' +
  'Bucharest|Moscow|Kigali|Riyadh|Dakar|Belgrade|Freetown|Bratislava|Ljubljana|Mogadishu|Pretoria|Bloemfontein|' +
  'Seoul|Juba|Madrid|Colombo|Khartoum|Paramaribo|Stockholm|Bern|Berne|Damascus|Taipei|Dushanbe|Dodoma|Bangkok|' +
  'Lome|Lomé|Port of Spain|Port-of-Spain|Tunis|Ankara|Ashgabat|Kampala|Kyiv|Kiev|Abu Dhabi|London|Washington|' +
  "Montevideo|Tashkent|Caracas|Hanoi|Sanaa|Sana'a|Lusaka|Harare|Pristina|Prishtina|" +
  // United States
  'New York|New York City|NYC|Los Angeles|L.A.|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|' +
  'Dallas|Austin|Jacksonville|Fort Worth|Columbus|Charlotte|San Francisco|Indianapolis|Seattle|Denver|Boston|' +
  'El Paso|Nashville|Detroit|Oklahoma City|Portland|Las Vegas|Memphis|Louisville|Baltimore|Milwaukee|' +
  'Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Atlanta|Omaha|Colorado Springs|Raleigh|Miami|Miami Beach|' +
  'Long Beach|Virginia Beach|Oakland|Minneapolis|Tulsa|Tampa|Arlington|New Orleans|Cleveland|Honolulu|' +
  'Lexington|St. Louis|St Louis|Saint Louis|St. Paul|Cincinnati|Pittsburgh|Anchorage|Orlando|Newark|Durham|' +
  'Jersey City|St. Petersburg|Buffalo|Richmond|Baton Rouge|Des Moines|Birmingham|Salt Lake City|Grand Rapids|' +
  'Montgomery|Little Rock|Fort Lauderdale|Tallahassee|Savannah|Charleston|Hartford|New Haven|Annapolis|' +
  'Santa Fe|Boulder|Berkeley|Palo Alto|Cupertino|Mountain View|Menlo Park|Redmond|Pasadena|Hollywood|' +
  'Beverly Hills|Santa Monica|Malibu|Brooklyn|Manhattan|Queens|Bronx|Staten Island|Harlem|Long Island|' +
  'Princeton|Ann Arbor|Charlottesville|Aspen|Palm Beach|Mar-a-Lago|Key West|Guantanamo|Guantanamo Bay|' +
  'Fort Bragg|Quantico|Langley|Capitol Hill|Jackson|Cape Canaveral|Lake Placid|' +
  // United Kingdom and Ireland
  'Manchester|Liverpool|Leeds|Sheffield|Bristol|Glasgow|Edinburgh|Cardiff|Belfast|Newcastle|Nottingham|' +
  'Leicester|Southampton|Portsmouth|Brighton|Oxford|Cambridge|Hull|Aberdeen|Dundee|Swansea|Norwich|York|' +
  'Milton Keynes|Salisbury|Canterbury|Dover|Westminster|Wimbledon|Wembley|Twickenham|Ascot|Silverstone|' +
  'St Andrews|Heathrow|Gatwick|Londonderry|Derry|Inverness|Stirling|Windsor|Sandringham|Balmoral|Cork|Galway|' +
  'Limerick|' +
  // Germany, Austria, Switzerland
  'Hamburg|Munich|Cologne|Frankfurt|Stuttgart|Dusseldorf|Düsseldorf|Dortmund|Essen|Leipzig|Bremen|Dresden|' +
  'Hanover|Hannover|Nuremberg|Nürnberg|Duisburg|Bonn|Munster|Münster|Karlsruhe|Mannheim|Aachen|Kiel|Freiburg|' +
  'Magdeburg|Erfurt|Mainz|Rostock|Potsdam|Heidelberg|Wolfsburg|Leverkusen|Ramstein|Chemnitz|Weimar|' +
  'Garmisch-Partenkirchen|Salzburg|Innsbruck|Graz|Linz|Kitzbuhel|Kitzbühel|Zurich|Zürich|Geneva|Basel|Lausanne|' +
  'Lucerne|Davos|Lugano|St. Moritz|Wengen|' +
  // France, Benelux, Monaco
  'Marseille|Marseilles|Lyon|Lyons|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|' +
  'Saint-Etienne|Saint-Étienne|Toulon|Grenoble|Le Mans|Brest|Orleans|Orléans|Avignon|Cannes|Monte Carlo|Calais|' +
  "Versailles|Lourdes|Ajaccio|Biarritz|Chamonix|Val d'Isere|Val d'Isère|Antwerp|Ghent|Bruges|Liege|Liège|" +
  'Charleroi|Rotterdam|Utrecht|Eindhoven|Maastricht|' +
  // Italy, Spain, Portugal
  'Milan|Naples|Turin|Palermo|Genoa|Bologna|Florence|Bari|Venice|Verona|Reggio Calabria|Lampedusa|Capri|' +
  "Sanremo|San Remo|Cortina d'Ampezzo|Barcelona|Valencia|Seville|Sevilla|Zaragoza|Malaga|Málaga|Murcia|Palma|" +
  'Las Palmas|Bilbao|Alicante|Cordoba|Córdoba|Valladolid|Gijon|Gijón|Granada|A Coruna|A Coruña|La Coruna|' +
  'Oviedo|Santander|Pamplona|San Sebastian|San Sebastián|Salamanca|Cadiz|Cádiz|Marbella|Santiago de Compostela|' +
  'Melilla|Ceuta|Porto|Oporto|Braga|Faro|Funchal|' +
  // Nordic, Baltic, Central and Eastern Europe, Balkans
  'Gothenburg|Malmo|Malmö|Bergen|Trondheim|Stavanger|Tromso|Tromsø|Lillehammer|Thessaloniki|Piraeus|Heraklion|' +
  'Krakow|Kraków|Cracow|Lodz|Łódź|Wroclaw|Wrocław|Poznan|Poznań|Gdansk|Gdańsk|Szczecin|Katowice|Lublin|Brno|' +
  'Ostrava|Cluj-Napoca|Timisoara|Varna|Novi Sad|Split|Dubrovnik|Rijeka|Mostar|Srebrenica|Banja Luka|Tiraspol|' +
  'Gomel|Kaunas|Limassol|Larnaca|Famagusta|' +
  // Russia, Ukraine, Caucasus, Central Asia
  'Saint Petersburg|St Petersburg|Leningrad|Novosibirsk|Yekaterinburg|Kazan|Nizhny Novgorod|Chelyabinsk|Samara|' +
  'Omsk|Rostov-on-Don|Rostov|Ufa|Krasnoyarsk|Voronezh|Perm|Volgograd|Stalingrad|Krasnodar|Saratov|Irkutsk|' +
  'Khabarovsk|Yaroslavl|Vladivostok|Makhachkala|Tomsk|Ryazan|Astrakhan|Kaliningrad|Murmansk|Arkhangelsk|Sochi|' +
  'Grozny|Belgorod|Kursk|Bryansk|Smolensk|Pskov|Tula|Novgorod|Sevastopol|Simferopol|Yalta|Norilsk|Yakutsk|' +
  'Magadan|Kerch|Beslan|Kharkiv|Kharkov|Odesa|Odessa|Dnipro|Dnipropetrovsk|Donetsk|Zaporizhzhia|Zaporozhye|' +
  'Lviv|Lvov|Kryvyi Rih|Mykolaiv|Mariupol|Luhansk|Lugansk|Kherson|Poltava|Chernihiv|Sumy|Bakhmut|Avdiivka|' +
  'Irpin|Bucha|Kramatorsk|Sloviansk|Severodonetsk|Sievierodonetsk|Chernobyl|Melitopol|Zhytomyr|Vinnytsia|Izium|' +
  'Kupiansk|Pokrovsk|Almaty|Alma-Ata|Samarkand|Bukhara|Osh|Batumi|Stepanakert|Sukhumi|Tskhinvali|' +
  // Middle East and North Africa
  'Tel Aviv|Haifa|Eilat|Beersheba|Nazareth|Bethlehem|Hebron|Jenin|Nablus|Tulkarm|Rafah|Khan Younis|Gaza City|' +
  'Jericho|Sderot|Ashkelon|Ashdod|Aleppo|Homs|Hama|Idlib|Raqqa|Deir ez-Zor|Deir al-Zor|Latakia|Daraa|Palmyra|' +
  'Kobani|Sidon|Tyre|Basra|Mosul|Erbil|Irbil|Kirkuk|Fallujah|Ramadi|Najaf|Karbala|Tikrit|Sulaimaniyah|Mashhad|' +
  'Isfahan|Tabriz|Shiraz|Qom|Natanz|Bushehr|Jeddah|Mecca|Makkah|Medina|Dammam|Dubai|Sharjah|Aqaba|Aden|' +
  'Hodeidah|Marib|Taiz|Istanbul|Izmir|Bursa|Antalya|Adana|Gaziantep|Diyarbakir|Alexandria|Giza|Luxor|Aswan|' +
  'Sharm el-Sheikh|Port Said|Suez|Casablanca|Marrakech|Marrakesh|Fez|Tangier|Oran|Benghazi|Misrata|Sirte|' +
  'Tobruk|Derna|' +
  // Sub-Saharan Africa
  'Lagos|Kano|Ibadan|Port Harcourt|Maiduguri|Lubumbashi|Goma|Johannesburg|Durban|Cape Town|Soweto|' +
  'Port Elizabeth|Omdurman|El Fasher|Mombasa|Dar es Salaam|Arusha|Bulawayo|Timbuktu|Gao|Kumasi|Douala|Kismayo|' +
  'Hargeisa|Cotonou|Mekelle|Entebbe|' +
  // South and East Asia
  "Shanghai|Guangzhou|Shenzhen|Chongqing|Tianjin|Wuhan|Chengdu|Nanjing|Xi'an|Xian|Hangzhou|Shenyang|Harbin|" +
  'Dalian|Qingdao|Jinan|Zhengzhou|Changsha|Kunming|Fuzhou|Xiamen|Suzhou|Urumqi|Lhasa|Hefei|Sanya|Kashgar|' +
  'Mumbai|Bombay|Delhi|Bangalore|Bengaluru|Hyderabad|Ahmedabad|Chennai|Madras|Kolkata|Calcutta|Pune|Jaipur|' +
  'Lucknow|Bhopal|Patna|Agra|Varanasi|Srinagar|Amritsar|Chandigarh|Goa|Kochi|Guwahati|Mysore|Ayodhya|Gurgaon|' +
  'Gurugram|Noida|Dharamsala|Jammu|Leh|Yokohama|Osaka|Nagoya|Sapporo|Fukuoka|Kobe|Kyoto|Hiroshima|Sendai|' +
  'Nagasaki|Naha|Nara|Nagano|Suzuka|Busan|Pusan|Incheon|Daegu|Pyeongchang|Kaesong|Panmunjom|Kaohsiung|' +
  'Ho Chi Minh City|Saigon|Da Nang|Phuket|Chiang Mai|Pattaya|Penang|George Town|Johor Bahru|Sepang|Surabaya|' +
  'Bandung|Medan|Bali|Denpasar|Quezon City|Cebu|Davao|Marawi|Yangon|Rangoon|Mandalay|Siem Reap|Chittagong|' +
  'Karachi|Lahore|Rawalpindi|Peshawar|Quetta|Abbottabad|Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Kunduz|Bagram|' +
  'Kandy|' +
  // Americas (non-US)
  'Toronto|Montreal|Montréal|Vancouver|Calgary|Edmonton|Winnipeg|Quebec City|Québec City|Halifax|Guadalajara|' +
  'Monterrey|Puebla|Tijuana|Cancun|Cancún|Ciudad Juarez|Ciudad Juárez|Juarez|Acapulco|Veracruz|Merida|Mérida|' +
  'Medellin|Medellín|Cali|Cartagena|Barranquilla|Guayaquil|Rosario|Mendoza|La Plata|Valparaiso|Valparaíso|' +
  'Maracaibo|Cusco|Cuzco|Santa Cruz|Punta del Este|San Juan|Sao Paulo|São Paulo|Rio de Janeiro|Rio|Salvador|' +
  'Fortaleza|Belo Horizonte|Manaus|Curitiba|Recife|Porto Alegre|Belem|Belém|Santos|Interlagos|Ushuaia|' +
  // Oceania
  'Sydney|Melbourne|Brisbane|Perth|Adelaide|Gold Coast|Hobart|Auckland|Christchurch|Queenstown';

const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|' +
  'Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|' +
  'Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|North Carolina|' +
  'North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|' +
  'Utah|Vermont|Virginia|Washington State|Washington state|West Virginia|Wisconsin|Wyoming|' +
  'District of Columbia|D.C.|Washington D.C.|Washington, D.C.|Washington DC';

/** AP-style dateline abbreviation → state (Texas, Utah, Ohio, Iowa, Maine, Idaho, Alaska, Hawaii are written out). */
const US_STATE_AP =
  'Ala.>Alabama|Ariz.>Arizona|Ark.>Arkansas|Calif.>California|Cal.>California|Colo.>Colorado|Conn.>Connecticut|' +
  'Del.>Delaware|Fla.>Florida|Ga.>Georgia|Ill.>Illinois|Ind.>Indiana|Kan.>Kansas|Kans.>Kansas|Ky.>Kentucky|' +
  'La.>Louisiana|Md.>Maryland|Mass.>Massachusetts|Mich.>Michigan|Minn.>Minnesota|Miss.>Mississippi|' +
  'Mo.>Missouri|Mont.>Montana|Neb.>Nebraska|Nebr.>Nebraska|Nev.>Nevada|N.H.>New Hampshire|N.J.>New Jersey|' +
  'N.M.>New Mexico|N.Y.>New York|N.C.>North Carolina|N.D.>North Dakota|Okla.>Oklahoma|Ore.>Oregon|Oreg.>Oregon|' +
  'Pa.>Pennsylvania|Penn.>Pennsylvania|R.I.>Rhode Island|S.C.>South Carolina|S.D.>South Dakota|Tenn.>Tennessee|' +
  'Tex.>Texas|Vt.>Vermont|Va.>Virginia|Wash.>Washington|W.Va.>West Virginia|W. Va.>West Virginia|' +
  'Wis.>Wisconsin|Wisc.>Wisconsin|Wyo.>Wyoming';

/**
 * USPS two-letter codes. NOT in `places` (IN, OR, ME, OK, HI, DE, PA… collide with all-caps words);
 * use `usStateForAbbreviation` where a dateline or "(R-Texas)"-style context makes them safe.
 */
const US_STATE_POSTAL =
  'AL>Alabama|AK>Alaska|AZ>Arizona|AR>Arkansas|CA>California|CO>Colorado|CT>Connecticut|DE>Delaware|FL>Florida|' +
  'GA>Georgia|HI>Hawaii|ID>Idaho|IL>Illinois|IN>Indiana|IA>Iowa|KS>Kansas|KY>Kentucky|LA>Louisiana|ME>Maine|' +
  'MD>Maryland|MA>Massachusetts|MI>Michigan|MN>Minnesota|MS>Mississippi|MO>Missouri|MT>Montana|NE>Nebraska|' +
  'NV>Nevada|NH>New Hampshire|NJ>New Jersey|NM>New Mexico|NY>New York|NC>North Carolina|ND>North Dakota|' +
  'OH>Ohio|OK>Oklahoma|OR>Oregon|PA>Pennsylvania|RI>Rhode Island|SC>South Carolina|SD>South Dakota|' +
  'TN>Tennessee|TX>Texas|UT>Utah|VT>Vermont|VA>Virginia|WA>Washington|WV>West Virginia|WI>Wisconsin|WY>Wyoming|' +
  'DC>District of Columbia';

const CANADA_AUSTRALIA =
  'Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|' +
  'Newfoundland and Labrador|Labrador|Prince Edward Island|Yukon|Northwest Territories|Nunavut|New South Wales|' +
  'Victoria|Queensland|Western Australia|South Australia|Tasmania|Northern Territory|' +
  'Australian Capital Territory';

const GEOGRAPHY =
  // sports grounds (CoNLL LOC)
  "Headingley|Edgbaston|Old Trafford|Lord's|Trent Bridge|The Oval|Oval|Wembley|Twickenham|Murrayfield|" +
  'Cardiff Arms Park|Lansdowne Road|Anfield|Highbury|Stamford Bridge|Villa Park|Hampden Park|Ibrox|' +
  'Celtic Park|Parc des Princes|Stade de France|San Siro|Bernabeu|Santiago Bernabeu|Camp Nou|Nou Camp|' +
  'Olympiastadion|Maracana|Azteca|Flushing Meadows|Flushing Meadow|Roland Garros|Melbourne Park|' +
  'Melbourne Cricket Ground|Sydney Cricket Ground|Eden Gardens|Yankee Stadium|Fenway Park|Wrigley Field|' +
  'Madison Square Garden|Candlestick Park|Three Rivers Stadium|Shea Stadium|Dodger Stadium|Longchamp|' +
  'Ascot|Epsom|Aintree|Newmarket|Goodwood|The Curragh|Curragh|Chantilly|Deauville|Silverstone|Monza|Imola|' +
  'Spa-Francorchamps|Hockenheim|Nurburgring|Brands Hatch|Interlagos|Suzuka|Augusta National|St Andrews|' +
  'Carnoustie|Muirfield|Royal Birkdale|Royal Lytham|Turnberry|Valderrama|' +
  'Pacific|Pacific Ocean|Atlantic|Atlantic Ocean|Indian Ocean|Arctic Ocean|Southern Ocean|Mediterranean|' +
  'Mediterranean Sea|Black Sea|Red Sea|Dead Sea|Caspian Sea|Caspian|Baltic|Baltic Sea|North Sea|Aegean|' +
  'Aegean Sea|Adriatic|Adriatic Sea|Sea of Azov|Azov Sea|Sea of Japan|East Sea|Yellow Sea|East China Sea|' +
  'South China Sea|West Philippine Sea|Arabian Sea|Gulf of Mexico|Gulf of America|Gulf of Aden|Gulf of Oman|' +
  'Gulf of Guinea|Gulf of Finland|Gulf of Thailand|Strait of Hormuz|Hormuz|Bosphorus|Bosporus|Dardanelles|' +
  'Suez Canal|Panama Canal|English Channel|Taiwan Strait|Strait of Gibraltar|Strait of Malacca|Bering Strait|' +
  'Kerch Strait|Bab el-Mandeb|Barents Sea|Caribbean Sea|Bay of Bengal|Bay of Biscay|Irish Sea|Tasman Sea|' +
  'Coral Sea|Sea of Okhotsk|Bering Sea|Lake Baikal|Lake Victoria|Lake Geneva|Lake Michigan|Lake Superior|' +
  'Lake Erie|Lake Ontario|Lake Huron|Great Lakes|Lake Chad|Sea of Galilee|Nile|Danube|Rhine|Volga|Dnieper|' +
  'Thames|Seine|Elbe|Oder|Vistula|Tiber|Loire|Rhone|Rhône|Ebro|Tagus|Euphrates|Tigris|Jordan River|Ganges|' +
  'Indus|Brahmaputra|Yangtze|Yellow River|Mekong|Irrawaddy|Mississippi River|Missouri River|Colorado River|' +
  'Rio Grande|Hudson River|Potomac|Ohio River|St. Lawrence|Congo River|Niger River|Zambezi|Limpopo|Orinoco|' +
  'Amazon River|Amur|Yenisei|Dniester|Dnipro River|Alps|Himalayas|Himalaya|Andes|Rockies|Rocky Mountains|' +
  'Appalachians|Ural Mountains|Carpathians|Pyrenees|Apennines|Atlas Mountains|Hindu Kush|Karakoram|Pamirs|' +
  'Tian Shan|Mount Everest|Everest|Kilimanjaro|Mont Blanc|Matterhorn|Mount Fuji|Mount Etna|Etna|Vesuvius|' +
  'Mount Sinai|Sahara Desert|Gobi|Gobi Desert|Kalahari|Death Valley|Grand Canyon|Yellowstone|Niagara Falls|' +
  'Victoria Falls|Great Barrier Reef|Outback|Galapagos|Galápagos|Canary Islands|Canaries|Balearic Islands|' +
  'Azores|Madeira|Java|Sumatra|Borneo|Sulawesi|Luzon|Hokkaido|Sakhalin|Kuril Islands|Kurils|Spratly Islands|' +
  'Spratlys|Paracel Islands|Senkaku Islands|Diaoyu Islands|Crete|Rhodes|Lesbos|Svalbard|Cape of Good Hope|' +
  'Balkan Peninsula|Iberian Peninsula|Crimean Peninsula|Korean Peninsula|Sinai Peninsula|Cape Cod|Ibiza|' +
  'Majorca|Mallorca|Tenerife|Sicily|Sardinia|Corsica|Channel Islands|Isle of Wight|Hong Kong Island|Kowloon|' +
  'Tiananmen Square|Red Square|Times Square|Trafalgar Square|Tahrir Square|Maidan|Golan Heights';

/** Words that END a capitalised phrase naming a place: "Yangtze River", "Kent County", "Heathrow Airport". */
const PLACE_HEAD =
  'River|Sea|Ocean|Mountains|Mountain|Mount|Lake|Lakes|Island|Islands|Isles|Isle|Bay|Strait|Straits|Gulf|' +
  'Valley|Province|province|Region|region|County|county|District|district|Oblast|oblast|Krai|Prefecture|' +
  'prefecture|Governorate|governorate|Territory|Territories|Canton|Parish|Borough|Township|Municipality|Street|' +
  'Avenue|Ave.|Road|Rd.|Boulevard|Blvd.|Lane|Square|Plaza|Airport|airport|Peninsula|Desert|Canal|Channel|Coast|' +
  'Beach|Falls|Glacier|Plateau|Plain|Plains|Basin|Delta|Forest|Reef|Heights|Hills|Highlands|Steppe|Volcano|' +
  'Creek|Harbor|Harbour|Bridge|Dam|Pass|Range|Archipelago|Atoll|Lagoon|Fjord|Springs|Oasis|Corridor|Crossing|' +
  'Center|Centre|Museum|Planetarium|Hotel|Mosque|Station|Stadium|Mall';

/**
 * Weaker place heads: often a place ("Washington State", "Mexico City", "Hyde Park", "Grand Central
 * Station") but also organizations ("Ohio State", "Islamic State", "Manchester City", "Kennedy Center").
 */
const WEAK_PLACE_HEAD = 'State|City|Park|Arena|Camp|Base|Port|Palace|Castle|Cathedral|Church|' + 'Temple|Village|Town|Quarter|Wharf|Pier';

/** Words that START a place phrase: "Mount Everest", "Lake Baikal", "Cape Town", "Fort Bragg", "Gulf of Aden". */
const PLACE_LEAD =
  'Mount|Mt.|Mt|Lake|Cape|Fort|Ft.|Port|Saint|St.|San|Santa|Santo|Sao|São|Loch|Isle of|Gulf of|Bay of|Sea of|' +
  'Strait of|Straits of|Lake of|Islands of|Sierra|Ciudad|Puerto|Kuala|Bandar|Nizhny';

function pairs(data: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of splitList(data)) {
    const [a, s] = p.split('>');
    m.set(a, s);
  }
  return m;
}

/** AP dateline abbreviation → state: "Calif." → "California". */
export const usStateAbbreviations: ReadonlyMap<string, string> = new LazyMap(() => pairs(US_STATE_AP));
const usPostal: ReadonlyMap<string, string> = new LazyMap(() => pairs(US_STATE_POSTAL));

export const usStates: ReadonlySet<string> = new LazySet(() => [...splitList(US_STATES), 'New York', 'Washington']);

/**
 * The state an abbreviation stands for: AP dateline forms ("Calif." → "California", "N.Y." → "New York"),
 * and with `postal` also two-letter USPS codes ("TX" → "Texas"; only safe in datelines/"R-TX" contexts).
 */
export function usStateForAbbreviation(s: string, postal = false): string | undefined {
  return usStateAbbreviations.get(s) ?? (postal ? usPostal.get(s) : undefined);
}

export const regions: ReadonlySet<string> = new LazySet(() => splitList(REGIONS));
export const cities: ReadonlySet<string> = new LazySet(() => splitList(CITIES));
export const geographicFeatures: ReadonlySet<string> = new LazySet(() => splitList(GEOGRAPHY));
export const provinces: ReadonlySet<string> = new LazySet(() => splitList(CANADA_AUSTRALIA));

/** Every non-country place name: regions, cities, US states (+ AP abbreviations), provinces, features. */
export const places: ReadonlySet<string> = new LazySet(() => {
  const all = new Set<string>(splitList(CITIES));
  for (const list of [REGIONS, GEOGRAPHY, CANADA_AUSTRALIA, US_STATES]) for (const p of splitList(list)) all.add(p);
  for (const p of ['New York', 'Washington', ...usStateAbbreviations.keys()]) all.add(p);
  return all;
});

export const placeHeadWords: ReadonlySet<string> = new LazySet(() => splitList(PLACE_HEAD));
export const weakPlaceHeadWords: ReadonlySet<string> = new LazySet(() => splitList(WEAK_PLACE_HEAD));
export const placeLeadWords: ReadonlySet<string> = new LazySet(() => splitList(PLACE_LEAD));

const placesLower = lazy(() => lowerSet(places));
/** lowercase → the spelling as listed, over places and countries ("moscow" → "Moscow"). */
const listedSpelling = lazy((): ReadonlyMap<string, string> => {
  const m = new Map<string, string>();
  for (const p of places) if (!m.has(p.toLowerCase())) m.set(p.toLowerCase(), p);
  for (const c of countries) if (!m.has(c.toLowerCase())) m.set(c.toLowerCase(), c);
  return m;
});
/** Places that are also common lowercase words or names; never matched case-insensitively when lowercase. */
const NO_IGNORE_CASE: ReadonlySet<string> = new LazySet(() =>
  splitList(
    'nice|reading|bath|mobile|split|hull|derby|tours|spa|gulf|rio|halle|lens|victoria|georgia|jackson|' +
      'madison|charlotte|chandler|buffalo|phoenix|providence|rockies|amazon|arctic|pacific|atlantic|baltic|' +
      'caspian|outback|highlands|midlands|caribbean|hue|osh|gao|leh|nis|como|perm|ulm|kent|essex|orange|mesa|' +
      'plano|reno|flint|richmond|arlington|montgomery|windsor|york|dover|cork|maidan|levant|java|santos|' +
      'salvador|mosul',
  ),
);

/**
 * Whether `s` is a place: a country/territory (see `isCountry`) or any entry of `places`.
 * Case-sensitive unless `ignoreCase`; even then, lowercase common words ("nice", "reading") don't match.
 */
export function isPlace(s: string, ignoreCase = false): boolean {
  s = normApostrophe(s);
  if (places.has(s) || isCountry(s)) return true;
  if (!ignoreCase) return false;
  const l = s.toLowerCase();
  if (s === l && NO_IGNORE_CASE.has(l)) return false;
  return placesLower().has(l) || isCountry(s, true);
}

/**
 * The place as the lexicon spells it, or undefined: "Moscow" → "Moscow"; with `ignoreCase`,
 * "MOSCOW" → "Moscow" (headline capitals). Country aliases keep their own spelling ("U.S." → "U.S.");
 * use `canonicalCountry` to resolve them to "United States".
 */
export function spellingOfPlace(s: string, ignoreCase = false): string | undefined {
  s = normApostrophe(s);
  if (places.has(s) || countries.has(s)) return s;
  if (!ignoreCase || !isPlace(s, true)) return undefined;
  return listedSpelling().get(s.toLowerCase()) ?? canonicalCountry(s, true);
}

/** Whether `s` ends a capitalised phrase as a place head ("River", "County"); `weak` also accepts "State", "City"… */
export function isPlaceHeadWord(s: string, weak = false): boolean {
  return placeHeadWords.has(s) || (weak && weakPlaceHeadWords.has(s));
}

registerList('places.regions', () => splitList(REGIONS));
registerList('places.cities', () => splitList(CITIES));
registerList('places.usStates', () => splitList(US_STATES));
registerList('places.usStateAbbreviations', () => [...pairs(US_STATE_AP).keys()]);
registerList('places.usPostalCodes', () => [...pairs(US_STATE_POSTAL).keys()]);
registerList('places.provinces', () => splitList(CANADA_AUSTRALIA));
registerList('places.geography', () => splitList(GEOGRAPHY));
registerList('places.headWords', () => splitList(PLACE_HEAD));
registerList('places.weakHeadWords', () => splitList(WEAK_PLACE_HEAD));
registerList('places.leadWords', () => splitList(PLACE_LEAD));
