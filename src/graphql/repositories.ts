import type { GraphClient } from '../neo4j/client';
import { createAuditRepository, type AuditRepository } from '../write/audit-repository';
import { createClaimRepository, type ClaimRepository } from '../read/claim-repository';
import { createCommitmentRepository, type CommitmentRepository } from '../read/commitment-repository';
import { createCurationRepository, type CurationRepository } from '../write/curation-repository';
import { createNodeRepository, type NodeRepository } from '../read/node-repository';
import { createRelationRepository, type RelationRepository } from '../read/relation-repository';
import { createSearchRepository, type SearchRepository } from '../read/search-repository';
import { createSourceRepository, type SourceRepository } from '../read/source-repository';
import { createStatementRepository, type StatementRepository } from '../read/statement-repository';

export interface Repositories {
  nodes: NodeRepository;
  relations: RelationRepository;
  commitments: CommitmentRepository;
  statements: StatementRepository;
  search: SearchRepository;
  audit: AuditRepository;
  curation: CurationRepository;
  sources: SourceRepository;
  claims: ClaimRepository;
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
    sources: createSourceRepository(graph),
    claims: createClaimRepository(graph),
  };
}
