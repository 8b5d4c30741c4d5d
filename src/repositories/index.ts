import type { GraphClient } from '../neo4j/client';
import { createAuditRepository, type AuditRepository } from './audit-repository';
import { createCommitmentRepository, type CommitmentRepository } from './commitment-repository';
import { createCurationRepository, type CurationRepository } from './curation-repository';
import { createNodeRepository, type NodeRepository } from './node-repository';
import { createRelationRepository, type RelationRepository } from './relation-repository';
import { createSearchRepository, type SearchRepository } from './search-repository';
import { createStatementRepository, type StatementRepository } from './statement-repository';

export interface Repositories {
  nodes: NodeRepository;
  relations: RelationRepository;
  commitments: CommitmentRepository;
  statements: StatementRepository;
  search: SearchRepository;
  audit: AuditRepository;
  curation: CurationRepository;
}

export function createRepositories(graph: GraphClient): Repositories {
  return {
    nodes: createNodeRepository(graph),
    relations: createRelationRepository(graph),
    commitments: createCommitmentRepository(graph),
    statements: createStatementRepository(graph),
    search: createSearchRepository(graph),
    audit: createAuditRepository(graph),
    curation: createCurationRepository(graph),
  };
}
