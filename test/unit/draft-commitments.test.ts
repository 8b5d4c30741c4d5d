import { findOrganizations } from '../../src/draft/actors';
import { articleBindingness, findCommitments } from '../../src/draft/commitments';
import { conditionKind, findConditions } from '../../src/draft/conditions';
import { findCountryMentions } from '../../src/draft/countries';
import { findEvent, readNumber } from '../../src/draft/events';
import { splitSentences } from '../../src/draft/sentences';

function draft(text: string) {
  const sentences = splitSentences(text);
  const countries = findCountryMentions(text);
  const { organizations, group } = findOrganizations(text);
  const conditions = findConditions(text, sentences);
  const commitments = findCommitments(text, sentences, { countries, organizations, group, conditions, bindingness: articleBindingness(text).bindingness });
  return { conditions, commitments };
}

describe('draft: candidate conditions', () => {
  it('reads the phrase a cue introduces, up to the next comma or cue, and classifies it by the model kinds', () => {
    const text =
      'Aid flows in the event of a truce, and only after ratification by every signatory and after cabinet approval. ' +
      'Troops would require a vote by lawmakers. Funds arrive once the war ends. Nothing happens after years of talks.';
    const { conditions } = draft(text);
    expect(conditions.map((condition) => [condition.kind, condition.evidence[0]?.quote])).toEqual([
      ['CEASEFIRE_OR_SETTLEMENT', 'in the event of a truce'],
      ['RATIFICATION', 'only after ratification by every signatory'],
      ['NATIONAL_APPROVAL', 'after cabinet approval'],
      ['LAWMAKER_APPROVAL', 'Troops would require a vote by lawmakers'],
      ['END_OF_HOSTILITIES', 'once the war ends'],
    ]);
  });

  it('takes a loose cue after "and" or "or" too, and ends a phrase at the next cue', () => {
    const text = 'Aid flows once the guns fall silent and when a truce holds, or if the border is breached.';
    expect(draft(text).conditions.map((condition) => [condition.kind, condition.evidence[0]?.quote])).toEqual([
      ['END_OF_HOSTILITIES', 'once the guns fall silent'],
      ['CEASEFIRE_OR_SETTLEMENT', 'when a truce holds'],
      ['RUSSIAN_ATTACK', 'if the border is breached'],
    ]);
  });

  it('keeps no phrase whose words name no kind of condition', () => {
    expect(conditionKind('the weather improves')).toBeUndefined();
    expect(conditionKind('a renewed invasion')).toBe('RUSSIAN_ATTACK');
  });
});

describe('draft: candidate commitments', () => {
  it('finds pledges with their stage, pledgers, beneficiary and the conditions of their sentence', () => {
    const text =
      "Georgia's backers pledged on Sunday to rebuild bridges in Georgia once a ceasefire holds. " +
      'Norway and Chile will send engineers to Peru. ' +
      'Canada proposed to provide drones. ' +
      'Nobody said what Mexico would provide. ' +
      'The weather will improve.';
    const { commitments } = draft(text);
    expect(
      commitments.map(({ stage, pledgers, beneficiary, conditions, evidence }) => ({ stage, pledgers, beneficiary, conditions, quote: evidence.quote })),
    ).toEqual([
      {
        stage: 'AGREED_IN_PRINCIPLE',
        pledgers: ['organization:georgias-backers'],
        beneficiary: 'country:GE',
        conditions: ['ceasefire-holds'],
        quote: "Georgia's backers pledged on Sunday to rebuild bridges in Georgia once a ceasefire holds.",
      },
      {
        stage: 'AGREED_IN_PRINCIPLE',
        pledgers: ['country:NO', 'country:CL'],
        beneficiary: 'country:PE',
        conditions: [],
        quote: 'Norway and Chile will send engineers to Peru.',
      },
      { stage: 'PROPOSED', pledgers: ['country:CA'], beneficiary: null, conditions: [], quote: 'Canada proposed to provide drones.' },
    ]);
  });

  it('reads a relative clause in the subject as no indirect question, and a domain lead as no pledge', () => {
    const text = 'Partners who asked not to be named agreed, pending approval, to provide fuel. Chile will lead on sea. Norway will lead the mission.';
    expect(draft(text).commitments.map(({ stage, evidence }) => [stage, evidence.quote])).toEqual([
      ['AWAITING_APPROVAL', 'Partners who asked not to be named agreed, pending approval, to provide fuel.'],
    ]);
  });

  it('takes a country by its initialism as a pledger, but not by a demonym, and "only if" as a condition', () => {
    const text = 'The U.K. will send tanks to Peru only if parliament agrees. European troops would deploy later.';
    const { commitments, conditions } = draft(text);
    expect(commitments.map(({ pledgers, beneficiary, conditions: on }) => ({ pledgers, beneficiary, on }))).toEqual([
      { pledgers: ['country:GB'], beneficiary: 'country:PE', on: ['parliament-agrees'] },
      { pledgers: [], beneficiary: null, on: [] },
    ]);
    expect(conditions.map((condition) => [condition.kind, condition.evidence[0]?.quote])).toEqual([['LAWMAKER_APPROVAL', 'only if parliament agrees']]);
  });

  it('reads what the article says of bindingness', () => {
    expect(articleBindingness('The deal is non-binding.').bindingness).toBe('NON_BINDING');
    expect(articleBindingness('The deal was signed.').bindingness).toBe('UNDISCLOSED');
  });
});

describe('draft: the event and its counts', () => {
  it('reads the place, the day, the attendees and the counts, numbers in words included', () => {
    const text =
      'Leaders met on Thursday. At a summit in Vienna, Irish and Greek ministers talked about Peru. Officials said forty-two participants, including 9 heads of state and government, came.';
    const event = findEvent(text, splitSentences(text), findCountryMentions(text));
    expect(event).toMatchObject({
      key: 'vienna-meeting',
      place: 'Vienna',
      dateText: 'Thursday',
      attendedBy: ['country:IE', 'country:GR'],
      participantCount: 42,
      headsOfStateAndGovernmentCount: 9,
    });
    expect(readNumber('twelve')).toBe(12);
    const unplaced = 'At an informal ministerial on Sunday, Peru spoke.';
    expect(findEvent(unplaced, splitSentences(unplaced), findCountryMentions(unplaced))).toMatchObject({
      key: 'informal-ministerial',
      name: 'Informal ministerial',
      place: null,
      dateText: 'Sunday',
    });
    expect(readNumber('1,200')).toBe(1200);
  });
});
