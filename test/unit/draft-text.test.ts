import { findCountryMentions } from '../../src/draft/countries';
import { splitSentences } from '../../src/draft/sentences';

const codes = (text: string) => findCountryMentions(text).map((mention) => `${mention.code}:${text.slice(mention.start, mention.end)}`);

describe('draft: sentences', () => {
  it('keeps initialisms and abbreviations inside a sentence and a quotation of several sentences whole', () => {
    const text = 'The U.S. delegation met Dr. Ito on Monday. “We are ready. We are able,” she said.\nA Heading\nLast one.';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'The U.S. delegation met Dr. Ito on Monday.',
      '“We are ready. We are able,” she said.',
      'A Heading',
      'Last one.',
    ]);
    expect(sentences.map((sentence) => sentence.heading)).toEqual([false, false, true, false]);
    for (const sentence of sentences) expect(text.substring(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('draft: countries', () => {
  it('finds names, demonyms, everyday short names and dotted initialisms, with ISO codes from world-countries', () => {
    expect(codes('Dutch and Kenyan diplomats met in Holland; Britain, the U.K. and Japan sent notes to Brazil.')).toEqual([
      'NL:Dutch',
      'KE:Kenyan',
      'NL:Holland',
      'GB:Britain',
      'GB:U.K.',
      'JP:Japan',
      'BR:Brazil',
    ]);
  });

  it('reads a demonym shared with a territory as the sovereign state, and the official name as the country', () => {
    expect(codes('A French minister spoke for the Russian Federation.')).toEqual(['FR:French', 'RU:Russian Federation']);
  });

  it('takes a bare two-letter code only where it qualifies an office or a group', () => {
    expect(codes('The US Ambassador and UK officials left.')).toEqual(['US:US', 'GB:UK']);
    expect(codes('IT IS DONE, said US.')).toEqual([]);
  });
});
