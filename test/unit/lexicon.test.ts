import * as assert from 'node:assert/strict';
import * as lex from '../../src/markup/lexicon';

describe('lexicon', () => {
  describe('countries', () => {
    it('knows sovereign states and news forms', () => {
      for (const c of [
        'Russia',
        'U.S.',
        'US',
        'USA',
        'United States',
        'Britain',
        'UK',
        'U.K.',
        'South Korea',
        'North Korea',
        'Ivory Coast',
        'Czech Republic',
        'Holland',
        'Afghanistan',
        'Zimbabwe',
        'Vatican',
      ]) {
        assert.ok(lex.isCountry(c), c);
      }
      assert.ok(lex.sovereignStates.size >= 193 && lex.sovereignStates.size <= 196, String(lex.sovereignStates.size));
    });
    it('knows territories treated as places', () => {
      for (const c of [
        'Taiwan',
        'Hong Kong',
        'Palestine',
        'Kosovo',
        'Gaza',
        'West Bank',
        'Crimea',
        'Kashmir',
        'Tibet',
        'Chechnya',
        'Kurdistan',
        'Scotland',
        'England',
        'Wales',
        'Northern Ireland',
        'Catalonia',
        'Bavaria',
      ]) {
        assert.ok(lex.isCountry(c), c);
      }
      assert.ok(!lex.sovereignStates.has('Taiwan'));
    });
    it('canonicalises aliases', () => {
      assert.equal(lex.canonicalCountry('U.S.'), 'United States');
      assert.equal(lex.canonicalCountry('Britain'), 'United Kingdom');
      assert.equal(lex.canonicalCountry('Holland'), 'Netherlands');
      assert.equal(lex.canonicalCountry('Russia'), 'Russia');
      assert.equal(lex.canonicalCountry('RUSSIA', true), 'Russia');
      assert.equal(lex.canonicalCountry('Moscow'), undefined);
    });
    it('is case-sensitive unless asked, and never matches lowercase "us"/"turkey"/"chad"', () => {
      assert.ok(!lex.isCountry('russia'));
      assert.ok(lex.isCountry('russia', true));
      assert.ok(lex.isCountry('UKRAINE', true));
      assert.ok(!lex.isCountry('us', true));
      assert.ok(!lex.isCountry('turkey', true));
      assert.ok(!lex.isCountry('chad', true));
      assert.ok(lex.isCountry('TURKEY', true));
    });
    it('does not treat nationalities or cities as countries', () => {
      assert.ok(!lex.isCountry('Russian'));
      assert.ok(!lex.isCountry('Americans'));
      assert.ok(!lex.isCountry('Moscow'));
    });
  });

  describe('nationalities', () => {
    it('knows demonyms with plurals', () => {
      for (const n of [
        'Russian',
        'Russians',
        'American',
        'Americans',
        'British',
        'Briton',
        'Britons',
        'German',
        'Chinese',
        'Israeli',
        'Israelis',
        'Palestinian',
        'European',
        'African',
        'Asian',
        'Western',
        'Soviet',
        'Arab',
        'Kurdish',
        'Muslim',
        'Sunni',
        'Shiite',
        'Catholic',
        'French',
        'Frenchman',
        'Dutch',
        'Filipinos',
      ]) {
        assert.ok(lex.isNationality(n), n);
      }
    });
    it('maps nationality to place', () => {
      assert.equal(lex.nationalityOf('Russian'), 'Russia');
      assert.equal(lex.nationalityOf('Russians'), 'Russia');
      assert.equal(lex.nationalityOf('American'), 'United States');
      assert.equal(lex.nationalityOf('British'), 'United Kingdom');
      assert.equal(lex.nationalityOf('Europeans'), 'Europe');
      assert.equal(lex.nationalityOf('Dutch'), 'Netherlands');
      assert.equal(lex.nationalityOf('pro-Russian'), 'Russia');
      assert.equal(lex.nationalityOf('Russian-backed'), 'Russia');
      assert.equal(lex.nationalityOf('RUSSIAN', true), 'Russia');
    });
    it('every nationality place is itself a known place', () => {
      for (const [demonym, place] of lex.nationalityPlace) assert.ok(lex.isPlace(place), `${demonym} → ${place}`);
    });
    it('groups are nationalities without a place', () => {
      assert.ok(lex.isNationality('Sunni'));
      assert.equal(lex.nationalityOf('Sunni'), undefined);
      assert.equal(lex.nationalityOf('Western'), undefined);
    });
    it('negatives', () => {
      assert.ok(!lex.isNationality('Russia'), 'Russia is a country, not a nationality');
      assert.ok(!lex.isNationality('Moscow'));
      assert.ok(!lex.isNationality('russian'));
      assert.ok(lex.isNationality('russian', true));
      assert.ok(!lex.isNationality('polish', true), '"polish" the verb');
      assert.ok(!lex.isNationality('Hewlett-Packard'));
      assert.ok(!lex.isNationality('Coca-Cola'));
      assert.equal(lex.nationalityOf('Moscow'), undefined);
    });
  });

  describe('places', () => {
    it('knows regions, cities, states, provinces and features', () => {
      for (const p of [
        'Europe',
        'Asia',
        'Africa',
        'Eurasia',
        'Middle East',
        'Balkans',
        'Latin America',
        'Caribbean',
        'Scandinavia',
        'Gulf',
        'Sahel',
        'Siberia',
        'Moscow',
        'Beijing',
        'Washington',
        'New York',
        'Kyiv',
        'Kiev',
        'Sao Paulo',
        'Mumbai',
        'Lagos',
        'Sydney',
        'Calif.',
        'Fla.',
        'N.Y.',
        'Texas',
        'California',
        'Ontario',
        'Queensland',
        'Pacific',
        'Atlantic',
        'Mediterranean',
        'Black Sea',
        'Alps',
        'Himalayas',
        'Danube',
        'Nile',
      ]) {
        assert.ok(lex.isPlace(p), p);
      }
      assert.ok(lex.cities.size >= 600, `cities: ${lex.cities.size}`);
    });
    it('isPlace also accepts countries', () => {
      assert.ok(lex.isPlace('Russia'));
      assert.ok(lex.isPlace('U.S.'));
    });
    it('US state abbreviations', () => {
      assert.equal(lex.usStateForAbbreviation('Calif.'), 'California');
      assert.equal(lex.usStateForAbbreviation('N.Y.'), 'New York');
      assert.equal(lex.usStateForAbbreviation('TX'), undefined, 'postal codes need the flag');
      assert.equal(lex.usStateForAbbreviation('TX', true), 'Texas');
      assert.ok(!lex.isPlace('OR'), 'postal codes are not places');
      assert.ok(!lex.isPlace('IN'));
    });
    it('case handling and negatives', () => {
      assert.ok(!lex.isPlace('moscow'));
      assert.ok(lex.isPlace('MOSCOW', true));
      assert.ok(!lex.isPlace('nice', true), 'the adjective');
      assert.ok(lex.isPlace('NICE', true));
      assert.ok(!lex.isPlace('Russian'));
      assert.ok(!lex.isPlace('Putin'));
      assert.ok(!lex.isPlace('NATO'));
    });
    it('head and lead words', () => {
      assert.ok(lex.isPlaceHeadWord('River'));
      assert.ok(lex.isPlaceHeadWord('County'));
      assert.ok(lex.isPlaceHeadWord('Airport'));
      assert.ok(!lex.isPlaceHeadWord('State'), 'State is weak: Islamic State, Ohio State');
      assert.ok(lex.isPlaceHeadWord('State', true));
      assert.ok(!lex.isPlaceHeadWord('Ministry'));
      assert.ok(lex.placeLeadWords.has('Mount'));
      assert.ok(lex.placeLeadWords.has('Gulf of'));
    });
  });

  describe('organizations', () => {
    it('maps acronyms to full names', () => {
      assert.equal(lex.orgForAcronym('UN'), 'United Nations');
      assert.equal(lex.orgForAcronym('U.N.'), 'United Nations');
      assert.equal(lex.orgForAcronym('NATO'), 'North Atlantic Treaty Organization');
      assert.equal(lex.orgForAcronym('EU'), 'European Union');
      assert.equal(lex.orgForAcronym('SCO'), 'Shanghai Cooperation Organization');
      assert.equal(lex.orgForAcronym('Fed'), 'Federal Reserve');
      assert.equal(lex.orgForAcronym('GOP'), 'Republican Party');
      assert.equal(lex.orgForAcronym('FBI'), 'Federal Bureau of Investigation');
      assert.equal(lex.orgForAcronym('IDF'), 'Israel Defense Forces');
      assert.equal(lex.orgForAcronym('AP'), 'Associated Press');
      assert.equal(lex.orgForAcronym('Yankees'), 'New York Yankees');
      assert.equal(lex.orgForAcronym('who'), undefined);
      assert.equal(lex.orgForAcronym('United Nations'), undefined, 'a full name is not an acronym');
    });
    it('knows full names in every category', () => {
      for (const o of [
        'United Nations',
        'World Bank',
        'Interpol',
        'Red Cross',
        'Pentagon',
        'State Department',
        'Congress',
        'Senate',
        'Supreme Court',
        'White House',
        'Kremlin',
        'Bundestag',
        'Parliament',
        'European Commission',
        'Bank of England',
        'Bundeswehr',
        'Hamas',
        'Hezbollah',
        'Taliban',
        'Likud',
        'Reuters',
        'Bloomberg',
        'BBC',
        'CNN',
        'The New York Times',
        'Financial Times',
        'Politico',
        'Apple',
        'Microsoft',
        'Gazprom',
        'Toyota',
        'Saudi Aramco',
        'Goldman Sachs',
        'Harvard University',
        'FIFA',
        'UEFA',
        'Manchester United',
        'Real Madrid',
        'Bayern Munich',
        'New York Yankees',
        'Amnesty International',
      ]) {
        assert.ok(lex.isOrganization(o), o);
      }
      assert.ok(lex.organizations.size >= 400, `organizations: ${lex.organizations.size}`);
      assert.equal(lex.organizationCategory.get('Reuters'), 'media');
      assert.equal(lex.organizationCategory.get('NATO'), 'international');
      assert.equal(lex.organizationCategory.get('Likud'), 'party');
      assert.equal(lex.organizationCategory.get('Real Madrid'), 'sports');
    });
    it('canonicalOrganization and case', () => {
      assert.equal(lex.canonicalOrganization('NATO'), 'North Atlantic Treaty Organization');
      assert.equal(lex.canonicalOrganization('THE NEW YORK TIMES', true), 'The New York Times');
      assert.equal(lex.canonicalOrganization('apple', true), undefined);
      assert.ok(!lex.isOrganization('Russia'));
      assert.ok(!lex.isOrganization('Russian'));
      assert.ok(!lex.isOrganization('Liverpool'), 'city first; the club is decided by context');
    });
    it('news agencies', () => {
      for (const a of [
        'Reuters',
        'AP',
        'AFP',
        'TASS',
        'Xinhua',
        'Interfax',
        'RIA Novosti',
        'dpa',
        'Kyodo',
        'Yonhap',
        'ANSA',
        'EFE',
        'UPI',
        'PTI',
        'IANS',
        'Anadolu',
        'IRNA',
        'WAFA',
        'MENA',
        'Bernama',
        'Antara',
        'Notimex',
      ]) {
        assert.ok(lex.isNewsAgency(a), a);
      }
      assert.ok(!lex.isNewsAgency('CNN'));
      assert.ok(lex.isNewsAgency('REUTERS', true));
      assert.ok(!lex.isNewsAgency('ap', true));
    });
    it('head words and suffixes', () => {
      for (const w of [
        'Organization',
        'Ministry',
        'Party',
        'University',
        'Bank',
        'Corp',
        'Inc',
        'FC',
        'Airlines',
        'Times',
        'Post',
        'News',
        'Journal',
        'Forces',
        'Court',
      ]) {
        assert.ok(lex.isOrgHeadWord(w), w);
      }
      for (const w of ['Inc.', 'Corp.', 'Ltd.', 'LLC', 'plc', 'AG', 'SA', 'NV', 'GmbH', 'S.p.A.', 'Co.']) {
        assert.ok(lex.isCorporateSuffix(w), w);
      }
      assert.ok(!lex.isOrgHeadWord('River'));
      assert.ok(!lex.isOrgHeadWord('the'));
      assert.ok(!lex.isOrgHeadWord('ministry'), 'case-sensitive');
    });
  });

  describe('person titles', () => {
    it('recognises titles, capitalised and lowercase', () => {
      for (const t of [
        'Mr.',
        'Mr',
        'Mrs.',
        'Ms.',
        'Dr.',
        'Sir',
        'Dame',
        'Lord',
        'President',
        'president',
        'Vice President',
        'Prime Minister',
        'prime minister',
        'Premier',
        'Chancellor',
        'Minister',
        'Foreign Minister',
        'Defense Minister',
        'Secretary',
        'Secretary of State',
        'Senator',
        'Sen.',
        'Rep.',
        'Gov.',
        'Governor',
        'Mayor',
        'Judge',
        'Justice',
        'General',
        'Gen.',
        'Col.',
        'Lt.',
        'Adm.',
        'Captain',
        'Capt.',
        'King',
        'Queen',
        'Prince',
        'Princess',
        'Pope',
        'Cardinal',
        'Archbishop',
        'Bishop',
        'Rev.',
        'Father',
        'Sheikh',
        'Ayatollah',
        'Chairman',
        'CEO',
        'Director',
        'Ambassador',
        'Spokesman',
        'Spokeswoman',
        'coach',
        'striker',
        'midfielder',
        'defender',
        'goalkeeper',
        'captain',
        'actor',
        'singer',
      ]) {
        assert.ok(lex.isPersonTitle(t), t);
      }
    });
    it('accepts modifiers before the title core', () => {
      for (const t of [
        'Russian President',
        'former President',
        'U.S. Secretary of State',
        'German Foreign Minister',
        'then-President',
        'acting Prime Minister',
        'Kremlin spokesman',
        'Republican Sen.',
        'Apple CEO',
        'the President',
        'Deputy Prime Minister',
        'former U.S. President',
        'Brazil striker',
      ]) {
        assert.ok(lex.isPersonTitle(t), t);
      }
      assert.ok(lex.isPersonTitle(['Russian', 'Foreign', 'Minister']));
      assert.equal(lex.titleCoreLength(['Russian', 'Foreign', 'Minister']), 2);
    });
    it('negatives: "the" is not a title, nor modifiers or names alone', () => {
      for (const t of [
        'the',
        'The',
        'Russian',
        'former',
        'Vladimir',
        'Putin',
        'Moscow',
        '',
        'Major',
        'Chief',
        'Private',
        'Minister Putin',
        'President Putin',
      ]) {
        assert.ok(!lex.isPersonTitle(t), JSON.stringify(t));
      }
      assert.ok(lex.isPersonTitle('major'), 'lowercase "major" is the rank');
    });
    it('implied gender', () => {
      assert.equal(lex.genderOfTitle('Mrs.'), 'female');
      assert.equal(lex.genderOfTitle('King'), 'male');
      assert.equal(lex.genderOfTitle('Kremlin spokeswoman'), 'female');
      assert.equal(lex.genderOfTitle('President'), undefined);
    });
  });

  describe('role nouns', () => {
    it('person roles with gender', () => {
      assert.deepEqual(lex.roleNounInfo('spokeswoman'), { kind: 'person', gender: 'female' });
      assert.deepEqual(lex.roleNounInfo('king'), { kind: 'person', gender: 'male' });
      assert.deepEqual(lex.roleNounInfo('leader'), { kind: 'person' });
      assert.deepEqual(lex.roleNounInfo('head of state'), { kind: 'person' });
      assert.deepEqual(lex.roleNounInfo('Minister'), { kind: 'person' }, 'case-insensitive');
      assert.deepEqual(lex.roleNounInfo('officials'), { kind: 'person', plural: true });
      assert.deepEqual(lex.roleNounInfo('spokesmen'), { kind: 'person', gender: 'male', plural: true });
    });
    it('descriptors with modifiers and ages', () => {
      assert.equal(lex.roleNounInfo('the Russian leader')?.kind, 'person');
      assert.equal(lex.roleNounInfo('russian foreign minister')?.kind, 'person');
      assert.equal(lex.roleNounInfo('the former secretary')?.kind, 'person');
      assert.equal(lex.roleNounInfo('the Republican nominee')?.kind, 'person');
      assert.equal(lex.roleNounInfo('the businessman')?.gender, 'male');
      assert.deepEqual(lex.roleNounInfo('the 45-year-old'), { kind: 'person' });
      assert.deepEqual(lex.roleNounInfo('45-year-old'), { kind: 'person' });
      assert.equal(lex.roleNounInfo('then-president')?.kind, 'person');
      assert.equal(lex.roleNounInfo('the head of the union')?.kind, 'person');
      assert.equal(lex.roleNounInfo('the ministry of defence')?.kind, 'organization');
      assert.equal(lex.roleNounInfo('the 45-year-old woman')?.gender, 'female');
    });
    it('organizations and documents', () => {
      for (const o of [
        'ministry',
        'company',
        'agency',
        'department',
        'group',
        'party',
        'bank',
        'firm',
        'organization',
        'committee',
        'council',
        'government',
        'campaign',
        'administration',
        'court',
        'club',
        'team',
      ]) {
        assert.equal(lex.roleNounInfo(o)?.kind, 'organization', o);
        assert.ok(lex.organizationRoleNouns.has(o), o);
      }
      for (const d of [
        'statement',
        'address',
        'letter',
        'report',
        'message',
        'tweet',
        'post',
        'communique',
        'declaration',
        'decree',
        'memo',
        'document',
        'speech',
        'release',
        'email',
        'op-ed',
        'article',
        'ruling',
        'verdict',
        'filing',
        'complaint',
        'indictment',
        'lawsuit',
        'resolution',
        'text',
      ]) {
        assert.equal(lex.roleNounInfo(d)?.kind, 'document', d);
      }
      assert.equal(lex.roleNounInfo('the Kremlin statement')?.kind, 'document');
      assert.equal(lex.roleNounInfo('the weather statement'), undefined, 'unknown modifier');
    });
    it('negatives', () => {
      for (const w of ['the', 'weather', 'Putin', 'Russian', 'said', '']) assert.equal(lex.roleNounInfo(w), undefined, w);
    });
  });

  describe('first names', () => {
    it('genders', () => {
      for (const m of [
        'Vladimir',
        'Sergei',
        'Dmitry',
        'Emmanuel',
        'Olaf',
        'Recep',
        'Narendra',
        'Benjamin',
        'Volodymyr',
        'Boris',
        'Jacques',
        'Helmut',
        'Gerhard',
        'Pierre',
        'François',
        'Giuseppe',
        'Hans',
        'Klaus',
        'Jürgen',
        'Mohammed',
        'Muhammad',
        'Ahmed',
        'Ali',
        'Hassan',
        'Hiroshi',
        'Juan',
        'José',
        'Luis',
        'Carlos',
        'James',
        'John',
        'Robert',
        'Michael',
        'William',
        'David',
      ]) {
        assert.equal(lex.genderOfFirstName(m), 'male', m);
      }
      for (const f of [
        'Angela',
        'Maria',
        'Mary',
        'Patricia',
        'Jennifer',
        'Linda',
        'Elizabeth',
        'Ursula',
        'Kamala',
        'Hillary',
        'Theresa',
        'Giorgia',
        'Yulia',
        'Natalia',
        'Fatima',
      ]) {
        assert.equal(lex.genderOfFirstName(f), 'female', f);
      }
    });
    it('unisex and unknown names have no gender', () => {
      for (const u of ['Jordan', 'Taylor', 'Kim', 'Xi', 'Li', 'Wang', 'Jean', 'Sasha']) {
        assert.equal(lex.genderOfFirstName(u), undefined, u);
        assert.ok(lex.isFirstName(u), u);
      }
      assert.equal(lex.genderOfFirstName('Putin'), undefined);
      assert.equal(lex.genderOfFirstName('vladimir'), undefined, 'case-sensitive');
      assert.equal(lex.genderOfFirstName('VLADIMIR'), 'male', 'headline capitals');
    });
    it('sizes', () => {
      assert.ok(lex.maleFirstNames.size >= 1000, `male: ${lex.maleFirstNames.size}`);
      assert.ok(lex.femaleFirstNames.size >= 1000, `female: ${lex.femaleFirstNames.size}`);
    });
    it('"May" is a month AND a female first name: both are reported, flagged ambiguous', () => {
      assert.equal(lex.genderOfFirstName('May'), 'female');
      assert.ok(lex.isCalendarWord('May'));
      assert.ok(lex.isCommonCapitalizedNonEntity('May'));
      assert.ok(lex.isAmbiguousFirstName('May'));
      assert.ok(lex.isAmbiguousFirstName('Will'));
      assert.ok(!lex.isAmbiguousFirstName('Angela'));
    });
  });

  describe('speech cues', () => {
    it('single-word cues in every inflection', () => {
      for (const [w, lemma] of [
        ['said', 'say'],
        ['says', 'say'],
        ['saying', 'say'],
        ['say', 'say'],
        ['told', 'tell'],
        ['tells', 'tell'],
        ['added', 'add'],
        ['stressed', 'stress'],
        ['noted', 'note'],
        ['declared', 'declare'],
        ['announced', 'announce'],
        ['explained', 'explain'],
        ['claimed', 'claim'],
        ['insisted', 'insist'],
        ['argued', 'argue'],
        ['warned', 'warn'],
        ['urged', 'urge'],
        ['asked', 'ask'],
        ['replied', 'reply'],
        ['responded', 'respond'],
        ['wrote', 'write'],
        ['written', 'write'],
        ['tweeted', 'tweet'],
        ['confirmed', 'confirm'],
        ['denied', 'deny'],
        ['admitted', 'admit'],
        ['acknowledged', 'acknowledge'],
        ['emphasised', 'emphasise'],
        ['emphasized', 'emphasize'],
        ['testified', 'testify'],
        ['quipped', 'quip'],
        ['conceded', 'concede'],
        ['vowed', 'vow'],
        ['spoke', 'speak'],
      ] as const) {
        const c = lex.speechCue(w);
        assert.equal(c?.lemma, lemma, w);
        assert.equal(c?.length, 1, w);
      }
    });
    it('multi-word cues win when the next word matches', () => {
      assert.deepEqual(lex.speechCue('pointed', 'out'), { lemma: 'point out', length: 2, strength: 'speech' });
      assert.equal(lex.speechCue('went', 'on')?.lemma, 'go on');
      assert.equal(lex.speechCue('made', 'clear')?.lemma, 'make clear');
      assert.equal(lex.speechCue('according', 'to')?.length, 2);
      assert.equal(lex.speechCue('said', 'on')?.lemma, 'say', 'falls back to the single word');
      assert.equal(lex.speechCue('told', 'reporters')?.length, 1, 'the object is not part of the cue');
    });
    it('strength: think/believe/hope only with a quote', () => {
      assert.equal(lex.speechCue('said')?.strength, 'speech');
      for (const w of ['thought', 'believes', 'hoped', 'called', 'described']) assert.equal(lex.speechCue(w)?.strength, 'quoteOnly', w);
      assert.ok(lex.speechCue('report')?.nounLike);
      assert.ok(!lex.speechCue('reported')?.nounLike);
      assert.ok(!lex.speechCue('says')?.nounLike);
    });
    it('negatives', () => {
      for (const w of ['the', 'pointed', 'according', 'went', 'Putin', '']) assert.equal(lex.speechCue(w), undefined, w);
      assert.equal(lex.speechCue('Said')?.lemma, 'say', 'lowercased defensively');
    });
    it('document verbs', () => {
      for (const w of ['read', 'reads', 'state', 'states', 'say', 'says', 'note', 'notes']) assert.ok(lex.isDocumentSpeechVerb(w), w);
      assert.ok(!lex.isDocumentSpeechVerb('whispered'));
    });
  });

  describe('pronouns', () => {
    it('genders', () => {
      for (const p of ['he', 'him', 'his', 'himself', 'He']) assert.equal(lex.pronounGender(p), 'male', p);
      for (const p of ['she', 'her', 'hers', 'herself']) assert.equal(lex.pronounGender(p), 'female', p);
      for (const p of ['they', 'them', 'their']) assert.equal(lex.pronounGender(p), 'plural', p);
      assert.equal(lex.pronounGender('it'), 'neuter');
      assert.equal(lex.pronounInfo('it')?.refersTo, 'organization');
      assert.equal(lex.pronounInfo('I')?.person, 1);
      assert.equal(lex.pronounInfo('US'), undefined, 'the country');
      assert.equal(lex.pronounInfo('Putin'), undefined);
    });
  });

  describe('non-entities', () => {
    it('calendar, starters, honorifics and MISC names', () => {
      for (const w of [
        'Monday',
        'January',
        'The',
        'But',
        'However',
        'Mr',
        'God',
        'Internet',
        'Covid-19',
        'English',
        'Christmas',
        'Olympics',
        'World Cup',
        'Ramadan',
      ]) {
        assert.ok(lex.isCommonCapitalizedNonEntity(w), w);
      }
      assert.ok(lex.isMiscName('World Cup'));
      assert.ok(!lex.isMiscName('Monday'));
      for (const w of ['Russia', 'Putin', 'NATO', 'Moscow']) assert.ok(!lex.isCommonCapitalizedNonEntity(w), w);
    });
  });

  describe('loading', () => {
    it('lazy tables behave like Sets and Maps', () => {
      assert.ok([...lex.sovereignStates].includes('Russia'));
      let seen = 0;
      lex.newsAgencies.forEach((v, v2, set) => {
        assert.equal(v, v2);
        assert.equal(set, lex.newsAgencies);
        seen++;
      });
      assert.equal(seen, lex.newsAgencies.size);
      assert.equal(lex.countryCanonical.get('U.S.'), 'United States');
      assert.ok([...lex.organizationAcronyms.keys()].includes('NATO'));
    });
    it('warmUp builds every table', () => {
      const { ms, entries } = lex.warmUp();
      assert.ok(entries > 10000, String(entries));
      assert.ok(ms >= 0);
    });
  });

  describe('performance', () => {
    it('imports and looks up quickly', () => {
      const t0 = performance.now();
      for (let i = 0; i < 10000; i++) {
        lex.isCountry('Russia');
        lex.isPersonTitle('Russian President');
        lex.speechCue('said', 'on');
        lex.roleNounInfo('the Russian leader');
        lex.genderOfFirstName('Vladimir');
      }
      assert.ok(performance.now() - t0 < 2000);
    });
  });

  describe('sports and business additions', () => {
    it('knows well-known companies, counties and grounds, without plain words', () => {
      for (const o of ['Pirelli', 'El Al', 'Merrill Lynch', 'Cathay Pacific', 'Dow Chemical']) assert.ok(lex.isOrganization(o), o);
      for (const w of ['Target', 'Total', 'Orange', 'Sharp', 'Halifax']) assert.ok(!lex.isOrganization(w), w);
      for (const p of ['Glamorgan', 'Worcestershire', 'Edgbaston', "Lord's", 'Surinam']) assert.ok(lex.isPlace(p), p);
    });

    it('knows team nicknames and club lead words', () => {
      assert.ok(lex.isTeamNickname('Blue Jays') && lex.isTeamNickname('All Blacks'));
      assert.ok(lex.isClubLeadWord('Dynamo') && lex.isClubLeadWord('Borussia'));
      assert.ok(!lex.isTeamNickname('Smith') && !lex.isClubLeadWord('London'));
    });
  });
});
