import * as assert from 'node:assert/strict';
import * as lex from '../../src/markup/lexicon';

describe('lexicon', () => {
  describe('countries', () => {
    it('knows sovereign states and news forms', () => {
      for (const c of ['Russia', 'U.S.', 'US', 'USA', 'United States', 'Britain', 'UK', 'U.K.', 'South Korea',
        'North Korea', 'Ivory Coast', 'Czech Republic', 'Holland', 'Afghanistan', 'Zimbabwe', 'Vatican']) {
        assert.ok(lex.isCountry(c), c);
      }
      assert.ok(lex.sovereignStates.size >= 193 && lex.sovereignStates.size <= 196, String(lex.sovereignStates.size));
    });
    it('knows territories treated as places', () => {
      for (const c of ['Taiwan', 'Hong Kong', 'Palestine', 'Kosovo', 'Gaza', 'West Bank', 'Crimea', 'Kashmir',
        'Tibet', 'Chechnya', 'Kurdistan', 'Scotland', 'England', 'Wales', 'Northern Ireland', 'Catalonia', 'Bavaria']) {
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
      for (const n of ['Russian', 'Russians', 'American', 'Americans', 'British', 'Briton', 'Britons', 'German',
        'Chinese', 'Israeli', 'Israelis', 'Palestinian', 'European', 'African', 'Asian', 'Western', 'Soviet', 'Arab',
        'Kurdish', 'Muslim', 'Sunni', 'Shiite', 'Catholic', 'French', 'Frenchman', 'Dutch', 'Filipinos']) {
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
      for (const p of ['Europe', 'Asia', 'Africa', 'Eurasia', 'Middle East', 'Balkans', 'Latin America', 'Caribbean',
        'Scandinavia', 'Gulf', 'Sahel', 'Siberia', 'Moscow', 'Beijing', 'Washington', 'New York', 'Kyiv', 'Kiev',
        'Sao Paulo', 'Mumbai', 'Lagos', 'Sydney', 'Calif.', 'Fla.', 'N.Y.', 'Texas', 'California', 'Ontario',
        'Queensland', 'Pacific', 'Atlantic', 'Mediterranean', 'Black Sea', 'Alps', 'Himalayas', 'Danube', 'Nile']) {
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
      for (const o of ['United Nations', 'World Bank', 'Interpol', 'Red Cross', 'Pentagon', 'State Department',
        'Congress', 'Senate', 'Supreme Court', 'White House', 'Kremlin', 'Bundestag', 'Parliament',
        'European Commission', 'Bank of England', 'Bundeswehr', 'Hamas', 'Hezbollah', 'Taliban', 'Likud',
        'Reuters', 'Bloomberg', 'BBC', 'CNN', 'The New York Times', 'Financial Times', 'Politico', 'Apple',
        'Microsoft', 'Gazprom', 'Toyota', 'Saudi Aramco', 'Goldman Sachs', 'Harvard University', 'FIFA', 'UEFA',
        'Manchester United', 'Real Madrid', 'Bayern Munich', 'New York Yankees', 'Amnesty International']) {
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
      for (const a of ['Reuters', 'AP', 'AFP', 'TASS', 'Xinhua', 'Interfax', 'RIA Novosti', 'dpa', 'Kyodo',
        'Yonhap', 'ANSA', 'EFE', 'UPI', 'PTI', 'IANS', 'Anadolu', 'IRNA', 'WAFA', 'MENA', 'Bernama', 'Antara',
        'Notimex']) {
        assert.ok(lex.isNewsAgency(a), a);
      }
      assert.ok(!lex.isNewsAgency('CNN'));
      assert.ok(lex.isNewsAgency('REUTERS', true));
      assert.ok(!lex.isNewsAgency('ap', true));
    });
    it('head words and suffixes', () => {
      for (const w of ['Organization', 'Ministry', 'Party', 'University', 'Bank', 'Corp', 'Inc', 'FC', 'Airlines',
        'Times', 'Post', 'News', 'Journal', 'Forces', 'Court']) {
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
});
