import { commitmentsQuery } from '../../src/read/commitment-repository';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/write/ingest-repository';
import { relationQuery } from '../../src/read/relation-repository';
import { targetLabel, TRAVERSALS, type TraversalName } from '../../src/read/traversals';
import { searchQuery } from '../../src/read/search-repository';
import { statementsQuery } from '../../src/read/statement-repository';

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

  it('a traversal read with the connections below it, their evidence and its source, in the same query', () => {
    const page = { offset: 0, first: 10 };
    const evidence = { name: 'DomainLeadership.evidence', page, withTotal: false, inline: [{ name: 'Evidence.source' }] } as const;
    const query = relationQuery('Domain.leadership', {
      inline: [
        evidence,
        { name: 'DomainLeadership.leads', page, inline: [] },
        {
          name: 'DomainLeadership.conditions',
          page,
          inline: [
            { ...evidence, name: 'Condition.evidence' },
            { name: 'Condition.positions', page, inline: [{ name: 'Position.holder' }] },
          ],
        },
      ],
    });
    expect(query).toMatchSnapshot();
    // Every nested walk binds its own variables: a subquery may not shadow its parent's.
    expect(query).toContain('MATCH (m)-[:EVIDENCED_BY]->(m_0:Evidence)');
    expect(query).toContain('MATCH (m_0)-[:IN]->(m_0_0:Source)');
    expect(query).toContain('MATCH (m)-[:CONDITIONAL_ON]->(m_2:Condition)');
    expect(query).toContain('MATCH (m_2)<-[:ABOUT]-(m_2_1:Position)');
    expect(query).toContain('MATCH (m_2_1)-[:HELD_BY]->(m_2_1_0:Country|Organization|Person)');
    // Rows land under the field that walks them.
    expect(query).toContain('related: {`evidence`: {total: null, rows: [m_0 IN COLLECT');
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
    expect(query).toContain('`statements`: {total: null, rows: [m_0 IN COLLECT { MATCH (m)<-[:ABOUT]-(m_0:Statement) WITH m_0 ORDER BY');
    expect(query).toContain('SKIP $m_0_offset LIMIT $m_0_first');
    expect(query).toContain('{total: COUNT { MATCH (m)-[:SERVES]->(m_1:Priority) RETURN m_1 }');
    expect(relationQuery('Country.officeHolders', { inline: [{ name: 'Person.roles' }] })).toContain('WITH DISTINCT m ORDER BY');
  });

  it('never takes a property name it cannot trust', () => {
    expect(() => relationQuery('Country.pledges', { shape: { label: 'Commitment', properties: ['summary} RETURN 1 //'] } })).toThrow('not a property name');
  });

  it('refuses to read along a traversal that does not start where the outer one ends', () => {
    expect(() => relationQuery('Domain.leadership', { inline: [{ name: 'Commitment.pledgers' }] })).toThrow('does not start where');
  });

  it('never splices a value into a query: only labels and relationship types of the model', () => {
    for (const name of Object.keys(TRAVERSALS) as TraversalName[]) {
      const next = (Object.keys(TRAVERSALS) as TraversalName[]).filter((other) => TRAVERSALS[other].from === targetLabel(name));
      const query = relationQuery(name, { inline: next.map((other) => ({ name: other })) });
      for (const [, identifier] of query.matchAll(/:`?([A-Za-z_]+)`?[ {)\]|]/g)) {
        expect([...NODE_LABELS, ...RELATIONSHIP_TYPES]).toContain(identifier);
      }
      expect(query).toContain('$requests');
    }
  });
});
