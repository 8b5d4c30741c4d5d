import { commitmentsQuery } from '../../src/repositories/commitment-repository';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/repositories/ingest-repository';
import { relationQuery, TRAVERSALS, type TraversalName } from '../../src/repositories/relation-repository';
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

  it('never splices a value into a query: only labels and relationship types of the model', () => {
    for (const name of Object.keys(TRAVERSALS) as TraversalName[]) {
      const query = relationQuery(name);
      for (const [, identifier] of query.matchAll(/:`?([A-Za-z_]+)`?[ {)\]|]/g)) {
        expect([...NODE_LABELS, ...RELATIONSHIP_TYPES]).toContain(identifier);
      }
      expect(query).toContain('$requests');
    }
  });
});
