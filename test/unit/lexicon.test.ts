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
});
