import assert from 'node:assert/strict';
import { analyze } from '../../src/markup';
import { assertSpansValid, speakerName } from './helpers';

/** [quote text, speaker name, speaker mention, rule] for each quote of a text. */
function quotes(text: string) {
  const markup = analyze(text);
  assertSpansValid(text, markup);
  return markup.quotes.map((q) => [q.text, speakerName(markup, q), q.speakerMention?.text ?? null, q.rule]);
}

describe('attribution rules', () => {
  it('quote-dash-speaker: a name after a dash, not any phrase', () => {
    assert.deepEqual(
      quotes(
        'LIMA (Reuters) - Residents were asked.\n“We will rebuild the bridge by spring.” ― Maria Lopez\n“The water is still rising every single hour.” — the notice on the door',
      ),
      [
        ['“We will rebuild the bridge by spring.”', 'Maria Lopez', 'Maria Lopez', 'quote-dash-speaker'],
        ['“The water is still rising every single hour.”', null, null, null],
      ],
    );
  });

  it('speaker-cue-colon-quote: a paragraph ending in "X continued:" introduces the next one', () => {
    assert.deepEqual(
      quotes(
        'Mayor Tom Reyes spoke for an hour. Reyes continued:\n\n"We have enough money for the first phase and we will find the rest."',
      ),
      [['"We have enough money for the first phase and we will find the rest."', 'Tom Reyes', 'Reyes', 'speaker-cue-colon-quote']],
    );
  });

  it('participle-subject: "…, saying, …" takes the sentence subject, not a name after a preposition', () => {
    assert.deepEqual(
      quotes(
        'Governor Ana Ruiz criticised the plan, saying, "It puts the whole budget at risk."\n\nIn an interview with the BBC, Ruiz repeated the claim, saying, "Nobody has answered my letters yet."',
      ),
      [
        ['"It puts the whole budget at risk."', 'Ana Ruiz', 'Ana Ruiz', 'participle-subject'],
        ['"Nobody has answered my letters yet."', 'Ana Ruiz', 'Ruiz', 'participle-subject'],
      ],
    );
  });

  it('a coordinated verb ("… and added:") takes the sentence subject', () => {
    const q = quotes('Senator Ruth Hale said the bill was "a reckless gamble with savings" and added: "We will vote against it tomorrow."');
    assert.deepEqual(
      q.map((x) => [x[0], x[1], x[3]]),
      [
        ['"a reckless gamble with savings"', 'Ruth Hale', 'speaker-cue-quote'],
        ['"We will vote against it tomorrow."', 'Ruth Hale', 'participle-subject'],
      ],
    );
  });

  it('steps over a party bracket, an appositive and an "of" phrase to the name', () => {
    assert.deepEqual(
      quotes(
        '"We will appeal the ruling," Rep. Dana Cole (D-Ohio) said.\n\n"It was the least bad option," Paul Meyer, the chief economist of Hansa Bank, said.\n\n"Nobody expected this outcome," Mr. Grant of the Sierra Group said.',
      ).map((x) => [x[1], x[2]]),
      [
        ['Dana Cole', 'Dana Cole'],
        ['Paul Meyer', 'Paul Meyer'],
        ['Grant', 'Grant'],
      ],
    );
  });

  it('scare quotes and titles nobody is said to say are not quotes; a characterisation with a speaker is', () => {
    assert.deepEqual(
      quotes(
        'The so-called "safe zone" was shelled again. The minister, who appeared on "Face the Nation" on Sunday, called the plan "a disaster".',
      ).map((x) => [x[0], x[2]]),
      [['"a disaster"', 'The minister']],
    );
  });

  it("an attribution after a quote stays in the quote's paragraph", () => {
    assert.deepEqual(quotes('"Where do we go from here after this vote?"\n\nClinton says the plan will pass next week.'), [
      ['"Where do we go from here after this vote?"', null, null, null],
    ]);
  });

  it('a partial quote in another sentence does not take its neighbour\'s speaker; "her rival" is not her', () => {
    assert.deepEqual(
      quotes('"We will win the vote," Anna Smith said. Her rival dismissed that as "a fantasy from start to finish" on Monday.').map(
        (x) => [x[0], x[1], x[3]],
      ),
      [
        ['"We will win the vote,"', 'Anna Smith', 'quote-speaker-cue'],
        ['"a fantasy from start to finish"', null, 'speaker-cue-quote'],
      ],
    );
  });

  it('keeps a curly quote nested in a curly quote inside it, and ignores attribute values in markup', () => {
    assert.deepEqual(quotes('“He calls it “hell” and he means every word,” Luis Rivera said. <tweet author="rivera" id="123">'), [
      ['“He calls it “hell” and he means every word,”', 'Luis Rivera', 'Luis Rivera', 'quote-speaker-cue'],
    ]);
  });
});
