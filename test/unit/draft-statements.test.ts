import { findOrganizations, readByline } from '../../src/draft/actors';
import { findCountryMentions } from '../../src/draft/countries';
import { draftFacts } from '../../src/draft/draft';
import { checkDraft } from '../../src/draft/writer';
import { findPeople } from '../../src/draft/people';
import { splitSentences } from '../../src/draft/sentences';
import { findStatements } from '../../src/draft/statements';

function statements(text: string) {
  const byline = readByline(text);
  const countries = findCountryMentions(text);
  const { people } = findPeople(text, countries);
  const { organizations, group } = findOrganizations(text, byline?.bodyStart ?? 0);
  const sentences = splitSentences(text).filter((sentence) => sentence.start >= (byline?.bodyStart ?? 0));
  return findStatements(text, sentences, { people, countries, organizations, group, publisher: byline?.publisher }).map((statement) => ({
    kind: statement.kind,
    speaker: statement.speaker,
    text: statement.text,
    quote: statement.evidence.quote,
  }));
}

describe('draft: statements and speakers', () => {
  it('attributes a quotation followed by its speaker, and a quotation that continues it', () => {
    const text = 'Kenyan President Amina Odera opened the talks. “We came to agree,” Odera said. “Nothing less. Nothing more.”';
    expect(statements(text)).toEqual([
      { kind: 'DIRECT_QUOTE', speaker: 'person:amina-odera', text: 'We came to agree', quote: '“We came to agree,” Odera said.' },
      {
        kind: 'DIRECT_QUOTE',
        speaker: 'person:amina-odera',
        text: 'Nothing less. Nothing more.',
        quote: '“We came to agree,” Odera said. “Nothing less. Nothing more.”',
      },
    ]);
  });

  it('splits one sentence into the statements it reports and resolves a pronoun to the last person named', () => {
    const text = 'Chilean Defense Minister Rosa Vidal arrived. She said funding was secured but warned that “delays are likely”, noting that ships are scarce.';
    expect(statements(text).map(({ kind, speaker, text: words }) => [kind, speaker, words])).toEqual([
      ['PARAPHRASE', 'person:rosa-vidal', 'funding was secured'],
      ['DIRECT_QUOTE', 'person:rosa-vidal', 'delays are likely'],
      ['PARAPHRASE', 'person:rosa-vidal', 'ships are scarce'],
    ]);
  });

  it('reads countries, officials of a country, the group, a joint statement and according to as speakers', () => {
    const text = [
      "OSLO (AP) — Norway's partners met on Monday.",
      'Sweden insists that the plan is sound.',
      'Danish officials said the budget was agreed.',
      'The partners said they would meet again.',
      'The joint statement said the door stays open.',
      'The fund will grow, according to Sweden.',
    ].join(' ');
    expect(statements(text).map(({ kind, speaker }) => [kind, speaker])).toEqual([
      ['PARAPHRASE', 'country:SE'],
      ['PARAPHRASE', 'country:DK'],
      ['PARAPHRASE', 'organization:norways-partners'],
      ['JOINT_STATEMENT', 'organization:norways-partners'],
      ['PARAPHRASE', 'country:SE'],
    ]);
  });

  it("reads straight quotation marks as curly ones, keeping the source's own characters, and skips the day after the verb", () => {
    const text = 'Irish Prime Minister Aoife Byrne spoke. "We will not wait," Byrne said. She said on Monday that "nobody is ready".';
    const facts = draftFacts(text);
    expect(checkDraft(text, facts)).toEqual([]);
    const drafted = facts.statements as { kind: string; speaker: string; text: string; evidence: { quote: string }[] }[];
    expect(drafted.map(({ kind, speaker, text: words, evidence }) => [kind, speaker, words, evidence[0]?.quote])).toEqual([
      ['DIRECT_QUOTE', 'person:aoife-byrne', 'We will not wait', '"We will not wait," Byrne said.'],
      ['DIRECT_QUOTE', 'person:aoife-byrne', 'nobody is ready', 'She said on Monday that "nobody is ready".'],
    ]);
  });

  it('reads reported words with the attribution after them, without quotation marks', () => {
    expect(statements('Peru and Chile will share radar data next year, Chile said.')).toEqual([
      {
        kind: 'PARAPHRASE',
        speaker: 'country:CL',
        text: 'Peru and Chile will share radar data next year',
        quote: 'Peru and Chile will share radar data next year, Chile said.',
      },
    ]);
  });

  it("takes the reporter's unattributed judgements as the publisher's assessments, not plain reports or indirect questions", () => {
    const text = 'ROME (AP) — The ministers met. Nobody knows how the plan might work. The deal could collapse within weeks. It is the largest pledge so far.';
    expect(statements(text)).toEqual([
      {
        kind: 'ASSESSMENT',
        speaker: 'organization:associated-press',
        text: 'The deal could collapse within weeks.',
        quote: 'The deal could collapse within weeks.',
      },
      { kind: 'ASSESSMENT', speaker: 'organization:associated-press', text: 'It is the largest pledge so far.', quote: 'It is the largest pledge so far.' },
    ]);
  });
});
