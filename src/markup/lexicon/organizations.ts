/**
 * Well-known organizations, their acronyms and short forms, news agencies, and the head words and
 * corporate suffixes that make a capitalised phrase an organization. General world knowledge.
 *
 * Data format: entries separated by `|`; each entry is `Full Name=Alias=Alias…`. The first name is
 * the full (canonical) name; aliases are acronyms ("NATO") or short forms ("Fed", "Yankees").
 * Ambiguous bare forms that are also places or common words ("Liverpool", "Ford", "Visa", "Target")
 * are deliberately left out: the engine decides those by context.
 */
import { registerList } from './registry';
import { lazy, LazyMap, LazySet, lowerSet, normApostrophe, splitList } from './util';

export type OrgCategory = 'international' | 'government' | 'party' | 'armed' | 'media' | 'company' | 'university' | 'sports' | 'ngo';

const INTERNATIONAL =
  'United Nations=UN=U.N.|UN Security Council=U.N. Security Council=Security Council=UNSC|' +
  'UN General Assembly=U.N. General Assembly=General Assembly=UNGA|' +
  'UN Human Rights Council=Human Rights Council=UNHRC|' +
  'North Atlantic Treaty Organization=North Atlantic Treaty Organisation=NATO=Nato|European Union=EU=E.U.|' +
  'World Health Organization=World Health Organisation=WHO|International Monetary Fund=IMF|World Bank|' +
  'World Trade Organization=World Trade Organisation=WTO|' +
  'Organization of the Petroleum Exporting Countries=OPEC=Opec=OPEC+|' +
  'Organization for Security and Co-operation in Europe=Organisation for Security and Cooperation in Europe=OSCE|' +
  'Shanghai Cooperation Organization=Shanghai Cooperation Organisation=SCO|' +
  'Commonwealth of Independent States=CIS|' +
  'Collective Security Treaty Organization=Collective Security Treaty Organisation=CSTO|BRICS|' +
  'Association of Southeast Asian Nations=Association of South East Asian Nations=ASEAN=Asean|African Union=AU|' +
  'Arab League|Group of Seven=G7=G-7|Group of 20=Group of Twenty=G20=G-20|Group of Eight=G8=G-8|' +
  'United Nations Educational, Scientific and Cultural Organization=UNESCO=Unesco|' +
  "United Nations Children's Fund=UNICEF=Unicef|UN refugee agency=UNHCR|" +
  'Office of the United Nations High Commissioner for Refugees=UN High Commissioner for Refugees|' +
  'International Atomic Energy Agency=IAEA|Interpol|International Criminal Court=ICC|' +
  'International Court of Justice=ICJ|World Court|International Committee of the Red Cross=ICRC|Red Cross|' +
  'Red Crescent|International Federation of Red Cross and Red Crescent Societies=IFRC|' +
  'Organisation for Economic Co-operation and Development=Organization for Economic Cooperation and Development=OECD|' +
  'World Economic Forum=WEF|Council of Europe|European Court of Human Rights=ECHR|' +
  'European Court of Justice=ECJ|European Parliament|European Commission=EC|European Council|' +
  'European Central Bank=ECB|Eurogroup|Eurostat|Europol|Frontex|European Investment Bank=EIB|' +
  'European Medicines Agency=EMA|European Space Agency=ESA|Asia-Pacific Economic Cooperation=APEC|' +
  'Gulf Cooperation Council=GCC|Organisation of Islamic Cooperation=Organization of Islamic Cooperation=OIC|' +
  'Economic Community of West African States=ECOWAS=Ecowas|Southern African Development Community=SADC|' +
  'Mercosur|Organization of American States=OAS|World Food Programme=World Food Program=WFP|' +
  'Food and Agriculture Organization=FAO|United Nations Development Programme=UNDP|' +
  'United Nations Relief and Works Agency=UNRWA|United Nations Population Fund=UNFPA|' +
  'International Labour Organization=International Labor Organization=ILO|' +
  'World Meteorological Organization=WMO|International Energy Agency=IEA|' +
  'International Organization for Migration=IOM|Organisation for the Prohibition of Chemical Weapons=OPCW|' +
  'Bank for International Settlements=BIS|Asian Development Bank=ADB|' +
  'European Bank for Reconstruction and Development=EBRD|Asian Infrastructure Investment Bank=AIIB|' +
  'New Development Bank|Financial Action Task Force=FATF|Eurasian Economic Union=EAEU|Commonwealth|AUKUS|' +
  'Intergovernmental Panel on Climate Change=IPCC|United Nations Framework Convention on Climate Change=UNFCCC|' +
  'Organization of African Unity=OAU|Warsaw Pact|Non-Aligned Movement|' +
  'International Telecommunication Union=ITU|Office for the Coordination of Humanitarian Affairs=OCHA|' +
  'International Finance Corporation=IFC|UN Environment Programme=UNEP|UN Peacekeeping|UNIFIL|MONUSCO|' +
  'Paris Club|Club of Rome|International Maritime Organization=IMO|' +
  'International Civil Aviation Organization=ICAO';

const NGO =
  'Human Rights Watch=HRW|Anti-Defamation League=ADL|Amnesty International=Amnesty|' +
  'Doctors Without Borders=Médecins Sans Frontières=Medecins Sans Frontieres=MSF|Greenpeace|Oxfam|' +
  'Save the Children|Transparency International|Reporters Without Borders=Reporters Sans Frontières|' +
  'Committee to Protect Journalists=CPJ|World Wildlife Fund=World Wide Fund for Nature=WWF|Gavi|' +
  'Bill & Melinda Gates Foundation=Gates Foundation|Salvation Army|Freedom House|Heritage Foundation|' +
  'Brookings Institution=Brookings|Council on Foreign Relations=CFR|RAND Corporation=RAND|Chatham House|' +
  'Atlantic Council|Center for Strategic and International Studies=CSIS|Pew Research Center=Pew|Gallup|Ipsos|' +
  'YouGov|American Civil Liberties Union=ACLU|National Rifle Association=NRA|Black Lives Matter=BLM|' +
  'Planned Parenthood|AFL-CIO|Teamsters|United Auto Workers=UAW|Trades Union Congress=TUC';

const GOVERNMENT =
  // United States
  'Federal Bureau of Investigation=FBI|Central Intelligence Agency=CIA|National Security Agency=NSA|Pentagon|' +
  'Department of Defense=Defense Department=DoD=DOD|Department of War=War Department|' +
  'State Department=Department of State|Justice Department=Department of Justice=DOJ|' +
  'Treasury Department=Department of the Treasury=U.S. Treasury|' +
  'Department of Homeland Security=Homeland Security Department=DHS|Commerce Department=Department of Commerce|' +
  'Labor Department=Department of Labor|Energy Department=Department of Energy=DOE|' +
  'Department of Health and Human Services=Health and Human Services=HHS|' +
  'Education Department=Department of Education|Department of Agriculture=Agriculture Department=USDA|' +
  'Department of Veterans Affairs=Veterans Affairs Department|' +
  'Department of Transportation=Transportation Department=DOT|Department of Housing and Urban Development=HUD|' +
  'Interior Department=Department of the Interior|Congress=U.S. Congress=US Congress|' +
  'Senate=U.S. Senate=US Senate|House of Representatives=U.S. House=House|' +
  'Supreme Court=U.S. Supreme Court=US Supreme Court|White House|' +
  'Federal Reserve=Fed=U.S. Federal Reserve=Federal Reserve Board|Securities and Exchange Commission=SEC|' +
  'Environmental Protection Agency=EPA|Food and Drug Administration=FDA|' +
  'National Aeronautics and Space Administration=NASA|Centers for Disease Control and Prevention=CDC|' +
  'National Institutes of Health=NIH|Federal Aviation Administration=FAA|Federal Communications Commission=FCC|' +
  'Federal Trade Commission=FTC|Internal Revenue Service=IRS|Drug Enforcement Administration=DEA|' +
  'Bureau of Alcohol, Tobacco, Firearms and Explosives=ATF|Immigration and Customs Enforcement=ICE|' +
  'Customs and Border Protection=CBP|Border Patrol|Secret Service|U.S. Marshals Service|' +
  'Federal Emergency Management Agency=FEMA|Transportation Security Administration=TSA|' +
  'National Transportation Safety Board=NTSB|National Guard|Joint Chiefs of Staff|' +
  'National Security Council=NSC|Office of Management and Budget=OMB|Congressional Budget Office=CBO|' +
  'Government Accountability Office=GAO|Bureau of Labor Statistics=BLS|Census Bureau|' +
  'U.S. Postal Service=Postal Service=USPS|Department of Government Efficiency=DOGE|' +
  'Federal Deposit Insurance Corporation=FDIC|Consumer Financial Protection Bureau=CFPB|' +
  'U.S. Agency for International Development=USAID|Smithsonian Institution=Smithsonian|' +
  'Federal Election Commission=FEC|New York Police Department=NYPD|Los Angeles Police Department=LAPD|' +
  // United Kingdom
  'Parliament|House of Commons=Commons|House of Lords=Lords|Downing Street|Whitehall|Home Office|' +
  'Foreign Office=Foreign, Commonwealth and Development Office=FCDO|Ministry of Defence=MoD|HM Treasury|' +
  'Bank of England=BoE|MI5|MI6=Secret Intelligence Service|GCHQ|Scotland Yard|Metropolitan Police=Met Police|' +
  'National Health Service=NHS|Crown Prosecution Service=CPS|Office for National Statistics=ONS|Ofcom|' +
  'High Court|Court of Appeal|Scottish Parliament=Holyrood|Welsh Assembly=Senedd|Buckingham Palace|' +
  // Europe
  'Elysee=Élysée=Elysee Palace=Élysée Palace|National Assembly|Bundestag|Bundesrat|Bundesbank|' +
  'Federal Constitutional Court|Federal Intelligence Service=BND|Chancellery|Banque de France|' +
  'Swiss National Bank=SNB|Sejm|Rada=Verkhovna Rada|SBU|Dail|Dáil|Garda|' +
  // Russia
  'Kremlin|State Duma=Duma|Federation Council|Federal Security Service=FSB|Foreign Intelligence Service=SVR|' +
  'GRU|KGB|Investigative Committee|Central Bank of Russia=Bank of Russia|Constitutional Court|' +
  // Asia, Middle East, elsewhere
  "Knesset|Mossad|Shin Bet|Israel Defense Forces=IDF|Palestinian Authority|National People's Congress=NPC|" +
  "Politburo|Politburo Standing Committee|State Council|People's Bank of China=PBOC|" +
  'Central Military Commission|Ministry of State Security=MSS|Zhongnanhai|Reserve Bank of India=RBI|' +
  'Bank of Japan=BOJ=BoJ|Bank of Korea|Bank of Canada|Reserve Bank of Australia=RBA|' +
  'Reserve Bank of New Zealand=RBNZ|Majlis|Guardian Council|' +
  'Islamic Revolutionary Guard Corps=Revolutionary Guards=Revolutionary Guard=IRGC|Quds Force|Blue House|' +
  'National Diet|Inter-Services Intelligence=ISI';

const PARTIES =
  'Democratic Party=Democratic National Committee=DNC|Republican Party=GOP=Republican National Committee=RNC|' +
  'Labour Party=Labour|Conservative Party=Conservatives=Tories|Liberal Democrats=Lib Dems|' +
  'Scottish National Party=SNP|Reform UK|UK Independence Party=UKIP|Sinn Fein=Sinn Féin|' +
  'Democratic Unionist Party=DUP|Plaid Cymru|Green Party=Greens|Fianna Fail=Fianna Fáil|Fine Gael|' +
  'Christian Democratic Union=CDU|Christian Social Union=CSU|Social Democratic Party=Social Democrats=SPD|' +
  'Free Democratic Party=Free Democrats=FDP|Alternative for Germany=Alternative für Deutschland=AfD|' +
  'Left Party=Die Linke|Sahra Wagenknecht Alliance=BSW|National Rally=Rassemblement National|National Front|' +
  'La Republique En Marche=En Marche=LREM|Les Republicains=The Republicans|Socialist Party|France Unbowed=LFI|' +
  "Brothers of Italy=Fratelli d'Italia|Five Star Movement=M5S|Forza Italia|Popular Party=Partido Popular|" +
  "Spanish Socialist Workers' Party=PSOE|Vox|Podemos|Sumar|Likud|Yesh Atid|Shas|Blue and White|Otzma Yehudit|" +
  'Religious Zionism|United Russia|Communist Party|LDPR|A Just Russia|Bharatiya Janata Party=BJP|' +
  'Indian National Congress=Congress party|Aam Aadmi Party=AAP|African National Congress=ANC|' +
  'Democratic Alliance|Economic Freedom Fighters=EFF|Liberal Democratic Party=LDP|Komeito|' +
  "Constitutional Democratic Party|Justice and Development Party=AKP=AK Party|Republican People's Party=CHP|" +
  'Law and Justice=PiS|Civic Platform|Fidesz|Syriza|New Democracy|PASOK|Sweden Democrats|' +
  "Freedom Party=FPOe=FPÖ|People's Party=OVP=ÖVP|Party for Freedom=PVV|Liberal Party|" +
  'Conservative Party of Canada|New Democratic Party=NDP|Bloc Quebecois=Bloc Québécois|Australian Labor Party|' +
  'Labor Party|Liberal Party of Australia|Nationals|Pakistan Tehreek-e-Insaf|' +
  'Pakistan Muslim League-Nawaz=PML-N|Pakistan Peoples Party=PPP|Awami League|Bangladesh Nationalist Party=BNP|' +
  "Morena|Institutional Revolutionary Party|National Action Party|Workers' Party|Kuomintang=KMT|" +
  "Democratic Progressive Party=DPP|Workers' Party of Korea|" +
  'Chinese Communist Party=Communist Party of China=CCP=CPC|Communist Party of the Soviet Union=CPSU|' +
  'Democratic Party of Japan|People Power Party|Democratic Party of Korea|Peronist Party|Justicialist Party|' +
  "Liberty Advances|Fatah|Muslim Brotherhood|Ennahda|Baath Party=Ba'ath Party|Servant of the People|" +
  'Georgian Dream|United National Movement|Civil Contract|New Azerbaijan Party|Nur Otan|Amanat|Freedom Caucus|' +
  'Tea Party|Democratic Socialists of America=DSA|Working Families Party|Libertarian Party';

const ARMED =
  'Russian Armed Forces|Russian Army|Russian Navy|Russian Aerospace Forces|Black Sea Fleet|Red Army|Bundeswehr|' +
  "Wehrmacht|People's Liberation Army=PLA|Royal Navy|Royal Air Force=RAF|British Army|Special Air Service=SAS|" +
  'Armed Forces of Ukraine=Ukrainian Armed Forces=AFU|Azov Battalion=Azov Regiment=Azov Brigade|' +
  'U.S. Army=US Army|U.S. Navy=US Navy|U.S. Air Force=US Air Force|' +
  'U.S. Marine Corps=US Marine Corps=Marine Corps|U.S. Coast Guard=Coast Guard|U.S. Space Force=Space Force|' +
  'U.S. Central Command=CENTCOM|Navy SEALs|French Foreign Legion=Foreign Legion|Pakistan Army|Indian Army|' +
  'Japan Self-Defense Forces=Self-Defense Forces|Syrian Arab Army|Popular Mobilization Forces=PMF|Peshmerga|' +
  'Wagner Group=Wagner|Hamas|Qassam Brigades=Al-Qassam Brigades|Hezbollah=Hizbollah=Hizbullah|Taliban|' +
  'Islamic State=ISIS=ISIL=Daesh|Al Qaeda=al-Qaeda=al Qaeda=Al-Qaida=al-Qaida|Boko Haram|' +
  'Al-Shabaab=al-Shabab=Al Shabaab|Houthis=Houthi movement=Ansar Allah|Islamic Jihad=Palestinian Islamic Jihad|' +
  "Palestine Liberation Organization=PLO|Kurdistan Workers' Party=PKK|People's Protection Units=YPG|" +
  'Syrian Democratic Forces=SDF|Hayat Tahrir al-Sham=HTS|Free Syrian Army=FSA|Irish Republican Army=IRA|ETA|' +
  'Revolutionary Armed Forces of Colombia=FARC|National Liberation Army=ELN|Shining Path|' +
  'Liberation Tigers of Tamil Eelam=Tamil Tigers=LTTE|Polisario Front=Polisario|M23|Rapid Support Forces=RSF|' +
  "Sudanese Armed Forces=SAF|Tigray People's Liberation Front=TPLF|Kataib Hezbollah|Lashkar-e-Taiba|" +
  'Tehrik-i-Taliban Pakistan=TTP|Haqqani network|Ku Klux Klan=KKK|Mafia|Sinaloa cartel|' +
  'Jalisco New Generation Cartel=CJNG|MS-13';

const MEDIA =
  'Reuters|Thomson Reuters|Associated Press=AP|Agence France-Presse=Agence France Presse=AFP|TASS=Tass|' +
  'RIA Novosti=RIA|Interfax|Xinhua=Xinhua News Agency|Kyodo=Kyodo News|Yonhap=Yonhap News Agency|' +
  'Deutsche Presse-Agentur=dpa=DPA|ANSA|EFE|Bloomberg=Bloomberg News|British Broadcasting Corporation=BBC|CNN|' +
  'Fox News|MSNBC|NBC|NBC News|CBS|CBS News|ABC|ABC News|NPR|PBS|CNBC|C-SPAN|' +
  'The New York Times=New York Times=NYT|The Washington Post=Washington Post|' +
  'The Wall Street Journal=Wall Street Journal=WSJ|Financial Times=FT|The Guardian=Guardian|The Times|' +
  'The Sunday Times|The Telegraph=Daily Telegraph=Telegraph|The Independent|The Economist=Economist|Daily Mail|' +
  'Mail on Sunday|The Sun|Daily Mirror=Mirror|Evening Standard|The Observer|Sky News|ITV|Channel 4|Politico|' +
  'Axios|USA Today|Los Angeles Times=LA Times|Chicago Tribune|Boston Globe|The Atlantic|' +
  'The New Yorker=New Yorker|Time magazine|Newsweek|Forbes|The Hill|HuffPost|BuzzFeed|Vice News|ProPublica|' +
  'Al Jazeera=Aljazeera|Al Arabiya|RT=Russia Today|Sputnik|Pravda|Izvestia|Kommersant|Vedomosti|Novaya Gazeta|' +
  'Meduza|Der Spiegel=Spiegel|Die Zeit|Frankfurter Allgemeine Zeitung=FAZ|' +
  'Süddeutsche Zeitung=Sueddeutsche Zeitung|Bild|Die Welt|Handelsblatt|Deutsche Welle=DW|Le Monde|Le Figaro|' +
  'Liberation|Libération|France 24|Corriere della Sera|La Repubblica|La Stampa|El País=El Pais|El Mundo|NHK|' +
  "Asahi Shimbun|Yomiuri Shimbun|Nikkei|Japan Times|South China Morning Post=SCMP|Global Times|People's Daily|" +
  'CCTV|CGTN|China Daily|Times of India|Hindustan Times|The Hindu|NDTV|Haaretz|Jerusalem Post|Times of Israel|' +
  'Ynet|Kyiv Independent|Ukrainska Pravda|Ukrinform|Anadolu Agency=Anadolu|Straits Times|Sydney Morning Herald|' +
  'Voice of America=VOA|Radio Free Europe/Radio Liberty=Radio Free Europe=RFE/RL|Radio Liberty|Euronews|' +
  'United Press International=UPI|Press Trust of India=PTI|Indo-Asian News Service=IANS|' +
  'Islamic Republic News Agency=IRNA|WAFA|Middle East News Agency=MENA|Bernama|Antara|Notimex|' +
  'Saudi Press Agency=SPA|Emirates News Agency=WAM|Kuwait News Agency=KUNA|Qatar News Agency=QNA|' +
  'Syrian Arab News Agency=SANA|Fars=Fars News Agency|Tasnim=Tasnim News Agency|' +
  'Korean Central News Agency=KCNA|Polish Press Agency=PAP|Prensa Latina|Jiji Press=Jiji|Central News Agency|' +
  'Vietnam News Agency=VNA|Philippine News Agency=PNA|Associated Press of Pakistan=APP|Canadian Press|' +
  'Australian Associated Press|Press Association=PA Media|Fox Business|Netflix|HBO|ESPN|' +
  'National Geographic|The Lancet=Lancet|New England Journal of Medicine|Semafor|Breitbart|Newsmax|' +
  'National Review|The Spectator|The Athletic|Sports Illustrated';

const COMPANIES =
  'Apple|Microsoft|Google|Alphabet|Amazon|Meta|Facebook|Instagram|WhatsApp|YouTube|Twitter|TikTok|ByteDance|' +
  'Nvidia|Tesla|SpaceX|Starlink|OpenAI|Anthropic|xAI|DeepSeek|Intel|AMD|Qualcomm|IBM|Oracle|Cisco|' +
  'Salesforce|Adobe|Uber|Airbnb|PayPal|Mastercard|American Express=Amex|Berkshire Hathaway|' +
  'JPMorgan Chase=JPMorgan=JP Morgan=J.P. Morgan|Goldman Sachs=Goldman|Morgan Stanley|Bank of America|' +
  'Citigroup=Citi|Wells Fargo|BlackRock|HSBC|Barclays|Lloyds|NatWest|Standard Chartered|UBS|' +
  'Credit Suisse|Deutsche Bank|BNP Paribas|Societe Generale=Société Générale|Banco Santander|ING|UniCredit|' +
  'Intesa Sanpaolo|Commerzbank|Allianz|AXA|Nomura|Mitsubishi UFJ|SoftBank|Sony|Toyota|Honda|Nissan|Hyundai|Kia|' +
  'Samsung|LG|SK Hynix|Taiwan Semiconductor Manufacturing Company=TSMC|Foxconn|Huawei|ZTE|Xiaomi|Alibaba|' +
  'Tencent|Baidu|JD.com|BYD|Lenovo|Sinopec|PetroChina|China National Petroleum Corporation=CNPC|CNOOC|' +
  'China Mobile|Industrial and Commercial Bank of China=ICBC|Bank of China|China Construction Bank|' +
  'Volkswagen=VW|BMW|Mercedes-Benz|Daimler|Porsche|Audi|Siemens|BASF|Bayer|SAP|Lufthansa|Adidas|Puma|' +
  'Deutsche Telekom|Deutsche Bahn|Volvo|Ericsson|Nokia|Spotify|IKEA|H&M|Nestle=Nestlé|Novartis|Roche|Unilever|' +
  'Shell|BP|TotalEnergies|ExxonMobil=Exxon Mobil=Exxon|Chevron|ConocoPhillips|Saudi Aramco=Aramco|Gazprom|' +
  'Rosneft|Lukoil|Novatek|Sberbank|VTB|Rosatom|Roscosmos|Aeroflot|Yandex|Kaspersky|Norilsk Nickel=Nornickel|' +
  'Boeing|Airbus|Lockheed Martin|Raytheon|RTX|Northrop Grumman|' +
  'General Dynamics|BAE Systems|Rheinmetall|Thales|Dassault|Safran|Rolls-Royce|General Electric=GE|' +
  'General Motors=GM|Ford Motor=Ford Motor Co.|Stellantis|Renault|Peugeot|Fiat|Ferrari|Walmart|Costco|' +
  "Home Depot|McDonald's|Starbucks|Coca-Cola|PepsiCo|Procter & Gamble=P&G|Johnson & Johnson=J&J|Pfizer|Moderna|" +
  'BioNTech|AstraZeneca|GlaxoSmithKline=GSK|Sanofi|Merck|Novo Nordisk|Eli Lilly|AbbVie|UnitedHealth|CVS Health|' +
  "AT&T|Verizon|Comcast|Walt Disney Co.=Disney=Walt Disney Company|Warner Bros.|Paramount|Nike|LVMH|L'Oreal|" +
  "L'Oréal|Hermes|Hermès|ArcelorMittal|Rio Tinto|BHP|Glencore|Petrobras|Pemex|Embraer|" +
  'Infosys|Qatar Airways|Etihad|Ryanair|easyJet|' +
  'British Airways|Air France|KLM|Delta Air Lines|United Airlines|American Airlines|' +
  'FedEx|UPS|DHL|KKR|Blackstone|' +
  'Palantir|ASML|' +
  'Nintendo|Mitsubishi|' +
  'Eni|EDF|Naftogaz|Antonov|Sukhoi|SMIC|CATL|Vodafone|' +
  'Nord Stream|Nord Stream 2|Reddit|LinkedIn|' +
  'Telegram|HP|Lockheed|' +
  "Moody's|S&P Global|Fitch|Nasdaq|New York Stock Exchange=NYSE|" +
  'London Stock Exchange=LSE|ABN Amro|Raiffeisen|Gazprombank|' +
  // industry, autos, tyres, chemicals, steel, mining, energy
  'Pirelli|Michelin|Bridgestone|Goodyear|Continental AG|Fiat Chrysler|Chrysler|Mazda|Subaru|Suzuki|Isuzu|' +
  'Mitsubishi Motors|Daewoo|Ssangyong|Tata Motors|Tata|Mahindra|Reliance Industries|Saab|Scania|Skoda|' +
  'Opel|Vauxhall|Jaguar Land Rover|Caterpillar|Deere|Cummins|Honeywell|3M|DuPont|Dow Chemical|Monsanto|' +
  'Bayer AG|Hoechst|Akzo Nobel|ICI|Solvay|Thyssenkrupp|Krupp|Mannesmann|Nippon Steel|Posco|Usinor|Corus|' +
  'British Steel|Anglo American|De Beers|Alcoa|Alcan|Inco|Freeport-McMoRan|Newmont|Barrick Gold|' +
  'Gold Fields|Anglogold|Texaco|Mobil|Amoco|Arco|Caltex|Repsol|Elf Aquitaine|Statoil|Equinor|' +
  'Norsk Hydro|Petronas|Pertamina|Halliburton|Schlumberger|Baker Hughes|Enron|Duke Energy|E.ON|RWE|Iberdrola|' +
  'Enel|Endesa|Vattenfall|Tokyo Electric Power|Kansai Electric Power|Gazprom Neft|Yukos|Surgutneftegaz|' +
  // electronics, telecoms, computing, media
  'Motorola|Philips|Matsushita|Panasonic|Toshiba|Hitachi|Fujitsu|NEC|Canon|Nikon|Olympus|Sanyo|' +
  'Kodak|Xerox|Hewlett-Packard|Compaq|Dell|Apple Computer|Sun Microsystems|Silicon Graphics|Digital Equipment|' +
  'Novell|Netscape|AOL|America Online|Yahoo|eBay|Texas Instruments|Micron|Alcatel|Siemens AG|' +
  'Lucent|Nortel|BT|British Telecom|France Telecom|Telefonica|Telefónica|Telecom Italia|KPN|' +
  'Swisscom|Telstra|NTT|KDDI|China Telecom|China Unicom|MCI|BellSouth|Bell Atlantic|NYNEX|' +
  'Ameritech|GTE|Qwest|T-Mobile|Vivendi|Bertelsmann|Hachette|Lagardere|Lagardère|News Corp|News Corporation|' +
  'Time Warner|Viacom|Reuters Holdings|Pearson|Reed Elsevier|Havas|Publicis|WPP|Saatchi & Saatchi|' +
  // banks, insurers, brokers
  'Citibank|Chase Manhattan|Chemical Bank|BankAmerica|NationsBank|First Chicago|Bankers Trust|' +
  'Merrill Lynch|Lehman Brothers|Salomon Brothers|Bear Stearns|Paine Webber|Dean Witter|Smith Barney|' +
  'Prudential|Charles Schwab|American International Group=AIG|MetLife|Aetna|Cigna|' +
  'Dresdner Bank|Deutsche Bundesbank|Credit Lyonnais|Crédit Lyonnais|Credit Agricole|Crédit Agricole|Paribas|' +
  'Indosuez|Natixis|Rabobank|ABN|Fortis|Dexia|KBC|Generali|Zurich Insurance|Swiss Re|Munich Re|Aviva|' +
  "Legal & General|Prudential plc|Lloyd's of London|NatWest Markets|Midland Bank|Abbey National|" +
  'S.G. Warburg|Warburg|Schroders|Kleinwort Benson|Jardine Fleming|Jardine Matheson|Swire|Hutchison Whampoa|' +
  'Cheung Kong|Li & Fung|Sumitomo|Mitsui|Marubeni|Itochu|Sanwa Bank|Fuji Bank|Daiwa|Nikko Securities|' +
  'Yamaichi|Mizuho|Bank of Tokyo-Mitsubishi|Westpac|ANZ|National Australia Bank|Commonwealth Bank|Macquarie|' +
  'Royal Bank of Canada|Toronto-Dominion|TD Bank|Bank of Montreal|Scotiabank|CIBC|' +
  // consumer, retail, food, airlines, transport, aerospace
  'Colgate-Palmolive|Kimberly-Clark|Philip Morris|Altria|RJR Nabisco|Nabisco|Kraft|' +
  'General Mills|Kellogg|Heinz|Danone|Cadbury|Cadbury Schweppes|Guinness|Diageo|Heineken|' +
  'Anheuser-Busch|Carlsberg|Interbrew|AB InBev|Pernod Ricard|Benetton|Gucci|Prada|Chanel|Marks & Spencer|' +
  'Tesco|Sainsbury|Carrefour|Ahold|Metro AG|Aldi|Lidl|Kmart|Sears|Woolworths|Toys R Us|' +
  'Swissair|Sabena|Alitalia|Iberia|SAS|Aer Lingus|Olympic Airways|El Al|Turkish Airlines|' +
  'Singapore Airlines|Cathay Pacific|Qantas|Japan Airlines|All Nippon Airways|Korean Air|' +
  'Garuda|Thai Airways|Air India|Air Canada|Continental Airlines|Northwest Airlines|TWA|Pan Am|' +
  'US Airways|Southwest Airlines|JetBlue|McDonnell Douglas|Aerospatiale|Fokker|Bombardier|Pratt & Whitney|' +
  'Maersk|P&O|Hapag-Lloyd|Eurotunnel|Deutsche Post|Canadian Pacific|Union Pacific';

const UNIVERSITIES =
  'Harvard University=Harvard|Yale University=Yale|Princeton University|Stanford University=Stanford|' +
  'Massachusetts Institute of Technology=MIT|Columbia University|' +
  'University of California, Berkeley=UC Berkeley|University of California, Los Angeles=UCLA|' +
  'University of Chicago|Cornell University=Cornell|University of Pennsylvania=UPenn|' +
  'Johns Hopkins University=Johns Hopkins|Georgetown University|Duke University|New York University=NYU|' +
  'University of Michigan|California Institute of Technology=Caltech|Brown University|' +
  'Dartmouth College=Dartmouth|Northwestern University|University of Texas|' +
  'University of Southern California=USC|Carnegie Mellon University|Boston University|' +
  'George Washington University|American University|Howard University|Ohio State University|' +
  'Penn State University=Penn State|University of Virginia|University of Washington|University of Wisconsin|' +
  'Oxford University=University of Oxford|Cambridge University=University of Cambridge|' +
  "London School of Economics|Imperial College London=Imperial College|King's College London|" +
  'University College London=UCL|University of Edinburgh|University of Manchester|Sorbonne|Sciences Po|' +
  'ETH Zurich|Humboldt University|Heidelberg University|Moscow State University|Higher School of Economics|' +
  'MGIMO|Tsinghua University=Tsinghua|Peking University|Fudan University|University of Tokyo|Kyoto University|' +
  'Seoul National University|National University of Singapore=NUS|University of Hong Kong|' +
  'University of Toronto|McGill University|Australian National University=ANU|University of Sydney|' +
  'University of Melbourne|Hebrew University|Tel Aviv University|American University of Beirut|' +
  'Al-Azhar University=Al-Azhar|Indian Institute of Technology=IIT|Jawaharlal Nehru University=JNU|' +
  'University of Cape Town|Karolinska Institute=Karolinska Institutet|West Point|U.S. Military Academy|' +
  'U.S. Naval Academy|Naval Academy|Mayo Clinic|Cleveland Clinic|Max Planck Institute|Robert Koch Institute|' +
  'Pasteur Institute|Institut Pasteur|Imperial College';

const SPORTS =
  'FIFA|UEFA|International Olympic Committee=IOC|National Basketball Association=NBA|' +
  'National Football League=NFL|Major League Baseball=MLB|National Hockey League=NHL|Major League Soccer=MLS|' +
  'National Collegiate Athletic Association=NCAA|WNBA|PGA Tour=PGA|LPGA|LIV Golf|ATP|WTA|' +
  'International Cricket Council|Board of Control for Cricket in India=BCCI|' +
  "England and Wales Cricket Board|Fédération Internationale de l'Automobile=FIA|World Athletics|" +
  'World Rugby|World Anti-Doping Agency=WADA|RUSADA|Russian Olympic Committee=ROC|' +
  'Court of Arbitration for Sport=CAS|Football Association=FA|English Football League=EFL|CONCACAF|CONMEBOL|' +
  'Confederation of African Football=CAF|Asian Football Confederation=AFC|Deutscher Fussball-Bund=DFB|' +
  'International Tennis Federation=ITF|All England Club|UFC|WWE|Manchester United=Man United=Man Utd|' +
  'Manchester City=Man City|Liverpool FC|Arsenal|Chelsea FC|Tottenham Hotspur=Tottenham=Spurs|Everton|' +
  'Newcastle United|Aston Villa|West Ham United=West Ham|Leeds United|Leicester City|Nottingham Forest|' +
  'Wolverhampton Wanderers=Wolves|Crystal Palace|Fulham|Celtic|Rangers|Real Madrid|FC Barcelona=Barca=Barça|' +
  'Atletico Madrid=Atlético Madrid=Atletico|Sevilla FC|Valencia CF|Athletic Bilbao|Real Sociedad|Villarreal|' +
  'Bayern Munich=Bayern=Bayern München=FC Bayern|Borussia Dortmund=BVB|RB Leipzig|Bayer Leverkusen|' +
  'Schalke 04=Schalke|Eintracht Frankfurt|Borussia Monchengladbach=Borussia Mönchengladbach|Juventus=Juve|' +
  'AC Milan|Inter Milan=Inter=Internazionale|Napoli|AS Roma=Roma|Lazio|Fiorentina|Atalanta|' +
  'Paris Saint-Germain=Paris St Germain=PSG|Olympique de Marseille|Olympique Lyonnais|AS Monaco|Ajax|' +
  'Ajax Amsterdam|PSV Eindhoven=PSV|Feyenoord|Benfica|FC Porto|Sporting Lisbon=Sporting CP|Galatasaray|' +
  'Fenerbahce=Fenerbahçe|Besiktas=Beşiktaş|Spartak Moscow|CSKA Moscow|Zenit St. Petersburg=Zenit|' +
  'Dynamo Kiev=Dynamo Kyiv|Shakhtar Donetsk=Shakhtar|Red Star Belgrade|Boca Juniors|River Plate|Flamengo|' +
  'Corinthians|Palmeiras|Al Hilal|Al Nassr|Al Ahly|Inter Miami|LA Galaxy|New York Yankees=Yankees|' +
  'Boston Red Sox=Red Sox|Los Angeles Dodgers=Dodgers|Chicago Cubs=Cubs|New York Mets=Mets|' +
  'San Francisco Giants|St. Louis Cardinals|Los Angeles Lakers=Lakers|Boston Celtics=Celtics|' +
  'Golden State Warriors|Chicago Bulls|Miami Heat|New York Knicks=Knicks|Dallas Cowboys=Cowboys|' +
  'New England Patriots|Kansas City Chiefs|Green Bay Packers=Packers|Pittsburgh Steelers=Steelers|' +
  'San Francisco 49ers=49ers|Philadelphia Eagles|Toronto Maple Leafs=Maple Leafs|Red Bull Racing|Red Bull|' +
  'McLaren|Scuderia Ferrari|Aston Martin|All Blacks|Springboks|Wallabies|British and Irish Lions';

function parse(
  data: string,
  category: OrgCategory,
  fullNames: Set<string>,
  aliases: Map<string, string>,
  categories: Map<string, OrgCategory>,
): void {
  for (const entry of splitList(data)) {
    const names = entry.split('=');
    const full = names[0];
    fullNames.add(full);
    if (!categories.has(full)) categories.set(full, category);
    for (let i = 1; i < names.length; i++) {
      if (!aliases.has(names[i])) aliases.set(names[i], full);
      if (!categories.has(names[i])) categories.set(names[i], category);
    }
  }
}

const built = lazy(() => {
  const fullNames = new Set<string>();
  const aliases = new Map<string, string>();
  const categories = new Map<string, OrgCategory>();
  parse(INTERNATIONAL, 'international', fullNames, aliases, categories);
  parse(NGO, 'ngo', fullNames, aliases, categories);
  parse(GOVERNMENT, 'government', fullNames, aliases, categories);
  parse(PARTIES, 'party', fullNames, aliases, categories);
  parse(ARMED, 'armed', fullNames, aliases, categories);
  parse(MEDIA, 'media', fullNames, aliases, categories);
  parse(COMPANIES, 'company', fullNames, aliases, categories);
  parse(UNIVERSITIES, 'university', fullNames, aliases, categories);
  parse(SPORTS, 'sports', fullNames, aliases, categories);
  // A short form that is itself listed as a full name keeps its own identity ("Commonwealth").
  for (const f of fullNames) aliases.delete(f);
  return { fullNames, aliases, categories };
});

/** Full (canonical) organization names: "United Nations", "Federal Reserve", "Reuters", "Real Madrid". */
export const organizations: ReadonlySet<string> = new LazySet(() => built().fullNames);
/** Acronyms and short forms → full name: "NATO" → "North Atlantic Treaty Organization", "Fed" → "Federal Reserve". */
export const organizationAcronyms: ReadonlyMap<string, string> = new LazyMap(() => built().aliases);
/** Category of every full name and alias. */
export const organizationCategory: ReadonlyMap<string, OrgCategory> = new LazyMap(() => built().categories);

const fullLower = lazy((): ReadonlyMap<string, string> => {
  const m = new Map<string, string>();
  for (const f of organizations) if (!m.has(f.toLowerCase())) m.set(f.toLowerCase(), f);
  for (const [a, f] of organizationAcronyms) if (a.length > 4 && !m.has(a.toLowerCase())) m.set(a.toLowerCase(), f);
  return m;
});

/** The full name for an acronym or short form ("U.N." → "United Nations"), or undefined. Case-sensitive. */
export function orgForAcronym(s: string): string | undefined {
  return organizationAcronyms.get(normApostrophe(s));
}

/**
 * The canonical name if `s` is a known organization (full name, acronym or short form), else undefined.
 * With `ignoreCase`, full names and long short forms match in any case ("THE NEW YORK TIMES");
 * acronyms stay case-sensitive ("who" is not the WHO).
 */
export function canonicalOrganization(s: string, ignoreCase = false): string | undefined {
  s = normApostrophe(s);
  if (organizations.has(s)) return s;
  const a = organizationAcronyms.get(s);
  if (a !== undefined || !ignoreCase) return a;
  const l = s.toLowerCase();
  if (l === s && l.indexOf(' ') < 0) return undefined; // single lowercase words ("apple", "shell") are not names
  return fullLower().get(l);
}

/** Whether `s` is a known organization name, acronym or short form (see `canonicalOrganization`). */
export function isOrganization(s: string, ignoreCase = false): boolean {
  return canonicalOrganization(s, ignoreCase) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// News agencies (dateline forms)

const AGENCIES =
  'Reuters|AP|Associated Press|AFP|Agence France-Presse|Agence France Presse|TASS|Tass|ITAR-TASS|Itar-Tass|' +
  'RIA Novosti|RIA|RIA-Novosti|Interfax|Interfax-Ukraine|Xinhua|Kyodo|Kyodo News|Yonhap|dpa|DPA|ANSA|EFE|UPI|' +
  'United Press International|PTI|Press Trust of India|IANS|Anadolu|Anadolu Agency|IRNA|WAFA|MENA|Bernama|' +
  'Antara|Notimex|Bloomberg|Dow Jones|AAP|Australian Associated Press|Canadian Press|Press Association|' +
  'PA Media|SPA|WAM|KUNA|QNA|SANA|KCNA|Jiji|Jiji Press|CNA|VNA|PNA|APP|BSS|Fars|Tasnim|Mehr|ISNA|BelTA|' +
  'Ukrinform|UNIAN|Agerpres|PAP|CTK|MTI|BTA|Tanjug|HINA|Lusa|Agencia Brasil|Telam|Prensa Latina|ANP|Belga|NTB|' +
  'Ritzau|STT|Europa Press|Xinhua News Agency|Yonhap News Agency|Petra|NNA|Sputnik|RIA Novosti news agency|' +
  'Agence Ecofin|Xinhuanet|AFP-JIJI|Reuters-AFP';

/** News agencies, in the forms they take in datelines and credits: "Reuters", "AP", "dpa", "ITAR-TASS". */
export const newsAgencies: ReadonlySet<string> = new LazySet(() => splitList(AGENCIES));

/** Whether `s` is a news agency name as written in a dateline or credit ("(Reuters)", "MOSCOW, AFP -"). */
export function isNewsAgency(s: string, ignoreCase = false): boolean {
  if (newsAgencies.has(s)) return true;
  return ignoreCase && s.length > 3 && newsAgenciesLower().has(s.toLowerCase());
}
const newsAgenciesLower = lazy(() => lowerSet(newsAgencies));

// ---------------------------------------------------------------------------------------------
// Head words and corporate suffixes

const ORG_HEAD =
  'Organization|Organisation|Ministry|Department|Agency|Council|Committee|Commission|Party|Union|Association|' +
  'Federation|Confederation|Institute|Institution|University|College|School|Academy|Bank|Holding|Foundation|' +
  'Fund|Trust|Forces|Force|Army|Navy|Guard|Guards|Brigade|Brigades|Battalion|Regiment|Division|Fleet|Corps|' +
  'Court|Tribunal|Parliament|Assembly|Senate|Congress|Duma|Office|Bureau|Service|Services|Authority|Board|Club|' +
  'United|FC|F.C.|AFC|CF|SC|Rovers|Wanderers|Athletic|Albion|Airlines|Airline|Airways|Air Lines|Motors|Motor|' +
  'Partners|Newsroom|Newsdesk|Desk|Bancorp|Bancshares|Bankshares|Financial|Securities|Brokerage|Insurance|' +
  'Assurance|Reinsurance|Shipping|Lines|Railways|Railway|Airport|Times|Post|News|Journal|Herald|Tribune|' +
  'Gazette|Chronicle|Telegraph|Observer|Press|Magazine|Daily|Weekly|Star|Standard|Paper|Radio|Television|TV|Broadcasting|Network|Media|' +
  'Studios|Records|Pictures|Entertainment|Gaming|Society|League|Alliance|Coalition|Movement|Front|Brotherhood|' +
  "Secretariat|Cabinet|Government|Administration|Police|Constabulary|Prosecutor's Office|Directorate|" +
  'Inspectorate|Exchange|Industries|Industry|Technologies|Technology|Systems|Solutions|Software|Labs|' +
  'Laboratories|Pharmaceuticals|Pharma|Energy|Oil|Gas|Petroleum|Mining|Steel|Chemicals|Electric|Electronics|' +
  'Telecom|Telecommunications|Communications|Capital|Investments|Finance|Rail|Logistics|Hospital|Clinic|' +
  'Church|Mission|Caucus|Cartel|Medical|Healthcare|Foods|Stores|Brands|Resources|Minerals|Metals|Mines|' +
  'Cables|Cement|Textiles|Mills|Chemical|Pharmaceutical|Semiconductor|Semiconductors|Computer|Computers|' +
  'Products|Manufacturing|Engineering|Construction|Properties|Realty|Trading|Enterprises|Ventures|Associates|' +
  'Consulting|Hotels|Resorts|Hospitality|Publishing|Publications|Newspapers|Automotive|Aerospace|Aviation|' +
  'Savings|Bancorporation|Brewery|Breweries|Distillers|Tobacco';

const CORP_SUFFIX =
  'Inc.|Inc|Corp.|Corp|Corporation|Ltd.|Ltd|Limited|LLC|L.L.C.|LLP|L.P.|LP|plc|PLC|Plc|AG|SA|S.A.|NV|N.V.|GmbH|' +
  'S.p.A.|SpA|Co.|Co|Company|BV|B.V.|AB|ASA|A/S|Oyj|KK|K.K.|SE|SAS|S.A.S.|SARL|PJSC|JSC|OAO|OOO|Pty|Pty.|' +
  'Pty Ltd|Bhd|Berhad|Tbk|NL|Incorporated|Holdings|Group';

/** Word endings of one-word organization names: "Wikinews", "Ubisoft", "Rabobank", "Quantcast", "Facebook". */
const ORG_WORD_ENDINGS = 'news|media|soft|bank|corp|cast|book|com';
const orgWordEnding = lazy(() => new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${splitList(ORG_WORD_ENDINGS).join('|')})$`, 'u'));

/** Whether a one-word name ends in a word that makes organization names: "Wikinews", "Ubisoft". */
export function hasOrgWordEnding(s: string): boolean {
  return orgWordEnding().test(s);
}

/** Words that make a capitalised phrase an organization when they end or head it. Case-sensitive. */
export const orgHeadWords: ReadonlySet<string> = new LazySet(() => splitList(ORG_HEAD));
/** Corporate suffixes: "Inc.", "Corp.", "Ltd.", "LLC", "plc", "AG", "SA", "NV", "GmbH", "S.p.A.", "Co.". */
export const corporateSuffixes: ReadonlySet<string> = new LazySet(() => splitList(CORP_SUFFIX));

/** Whether `s` is an organization head word ("Ministry", "Bank", "FC", "Inc.") or corporate suffix. */
export function isOrgHeadWord(s: string): boolean {
  return orgHeadWords.has(s) || corporateSuffixes.has(s);
}

/** Whether `s` is a corporate suffix ("Inc.", "GmbH"). */
export function isCorporateSuffix(s: string): boolean {
  return corporateSuffixes.has(s);
}

registerList('organizations.names', () =>
  [INTERNATIONAL, NGO, GOVERNMENT, PARTIES, ARMED, MEDIA, COMPANIES, UNIVERSITIES, SPORTS].flatMap((data) =>
    splitList(data).map((entry) => entry.split('=')[0]),
  ),
);
registerList('organizations.shortForms', () =>
  [INTERNATIONAL, NGO, GOVERNMENT, PARTIES, ARMED, MEDIA, COMPANIES, UNIVERSITIES, SPORTS].flatMap((data) =>
    splitList(data).flatMap((entry) => entry.split('=').slice(1)),
  ),
);
registerList('organizations.agencies', () => splitList(AGENCIES));
registerList('organizations.headWords', () => splitList(ORG_HEAD));
registerList('organizations.wordEndings', () => splitList(ORG_WORD_ENDINGS));
registerList('organizations.corporateSuffixes', () => splitList(CORP_SUFFIX));
