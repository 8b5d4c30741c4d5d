import { commitmentsQuery } from '../../src/repositories/commitment-repository';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/repositories/ingest-repository';
import { relationQuery } from '../../src/repositories/relation-repository';
import { TRAVERSALS, type TraversalName } from '../../src/repositories/traversals';
import { searchQuery } from '../../src/repositories/search-repository';
import { statementsQuery } from '../../src/repositories/statement-repository';

const page = { offset: 20, first: 10 };

describe('the Cypher the repositories generate, with its parameters', () => {
  it('commitments with no filter', () => {
    expect(commitmentsQuery({}, page)).toMatchSnapshot();
  });

  it('commitments by pledger, domain, condition kind and stage', () => {
    expect(commitmentsQuery({ pledger: 'GB', domain: 'sea', conditionKind: 'CEASEFIRE_OR_SETTLEMENT', stage: 'PROPOSED', beneficiary: null }, page)).toMatchSnapshot();
  });

  it('statements by speaker, kind and text (escaped, through the full-text index)', () => {
    expect(statementsQuery({ speaker: 'keir-starmer', kind: 'DIRECT_QUOTE', text: 'toughest (parts' }, page)).toMatchSnapshot();
  });

  it('search across the three full-text indexes', () => {
    expect(searchQuery('ceasefire', page)).toMatchSnapshot();
  });

  it('a traversal, batched over requests', () => {
    expect(relationQuery('Condition.dependents')).toMatchSnapshot();
  });

  it('a traversal read with the lists below it, their evidence and its source, in the same query', () => {
    const query = relationQuery('Domain.leadership', {
      withEvidence: true,
      inline: [
        { name: 'DomainLeadership.leads', inline: [] },
        { name: 'DomainLeadership.conditions', withEvidence: true, inline: [{ name: 'Condition.positions', inline: [{ name: 'Position.holder' }] }] },
      ],
    });
    expect(query).toMatchSnapshot();
    // Every nested walk binds its own variables: a subquery may not shadow its parent's.
    expect(query).toContain('MATCH (m:DomainLeadership)-[:CONDITIONAL_ON]->(m_1:Condition)');
    expect(query).toContain('MATCH (m_1:Condition)<-[:ABOUT]-(m_1_0:Position)');
    expect(query).toContain('MATCH (m_1_0:Position)-[:HELD_BY]->(m_1_0_0:Country|Organization|Person)');
  });

  it('reads only the properties a shape names, a page without its total unless asked, and DISTINCT only where a node can be reached twice', () => {
    const query = relationQuery('Country.pledges', {
      shape: { label: 'Commitment', properties: ['summary', 'end'] },
      inline: [
        { name: 'Commitment.statements', page: { offset: 0, first: 5 }, withTotal: false },
        { name: 'Commitment.priorities', page: { offset: 0, first: 5 }, withTotal: true },
      ],
    });
    expect(query).toContain("m {.`key`, .`summary`, .`end`, label: 'Commitment'");
    expect(query).toContain('`Commitment.statements`: {total: null, rows: [m_0 IN COLLECT { MATCH (m:Commitment)<-[:ABOUT]-(m_0:Statement) WITH m_0 ORDER BY');
    expect(query).toContain('SKIP $m_0_offset LIMIT $m_0_first');
    expect(query).toContain('{total: COUNT { MATCH (m:Commitment)-[:SERVES]->(m_1:Priority) RETURN m_1 }');
    expect(relationQuery('Country.leaders', { inline: [{ name: 'Person.roles' }] })).toContain('WITH DISTINCT m ORDER BY');
  });

  it('never takes a property name it cannot trust', () => {
    expect(() => relationQuery('Country.pledges', { shape: { label: 'Commitment', properties: ['summary} RETURN 1 //'] } })).toThrow('not a property name');
  });

  it('refuses to read along a traversal that does not start where the outer one ends', () => {
    expect(() => relationQuery('Domain.leadership', { inline: [{ name: 'Commitment.pledgers' }] })).toThrow('does not start where');
  });

  it('never splices a value into a query: only labels and relationship types of the model', () => {
    for (const name of Object.keys(TRAVERSALS) as TraversalName[]) {
      const query = relationQuery(name, { withEvidence: true });
      for (const [, identifier] of query.matchAll(/:`?([A-Za-z_]+)`?[ {)\]|]/g)) {
        expect([...NODE_LABELS, ...RELATIONSHIP_TYPES]).toContain(identifier);
      }
      expect(query).toContain('$requests');
    }
  });
});
