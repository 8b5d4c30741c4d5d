import type { Resolvers } from '../generated/resolvers-types';
import { FACT_LABELS, NODE_LABELS, type NodeLabel } from '../../model/graph';
import { AuditEvent, AuditQuery } from './audit';
import { Actor, Country } from './actors';
import { ConditionDependent } from './conditions';
import {
  AttachEvidencePayload,
  CommitmentCuration,
  CommitmentPayload,
  DomainLeadershipPayload,
  IngestSourcePayload,
  Mutation,
  RecordCommitmentStagePayload,
  StageChange,
  StatementPayload,
} from './curation';
import { ClaimsQuery, Disagreement, factClaims } from './claims';
import { CommitmentFacets, FacetsQuery, StatementFacets } from './facets';
import { modelFieldResolvers, modelRootResolvers } from './model-fields';
import { Query } from './query';
import { scalars } from './scalars';
import { Evidence, Fact, Node, SearchHit, Source, SourceCoverage } from './sources';

/** The hand-written fields of node types; they add to (or override) what the model derives. */
const handWritten: { [L in NodeLabel]?: Partial<NonNullable<Resolvers[L]>> } = {
  Country,
  Commitment: CommitmentCuration,
  Source,
  Evidence,
};

/** `claims` of every fact type (issue 18). */
const claimsOf = (label: NodeLabel) => ((FACT_LABELS as readonly NodeLabel[]).includes(label) ? { claims: factClaims } : {});

/** Every node type's resolvers: the model's walks and `id`, then its hand-written fields. */
const nodeTypes = Object.fromEntries(NODE_LABELS.map((label) => [label, { ...modelFieldResolvers(label), ...claimsOf(label), ...handWritten[label] }])) as Pick<
  Resolvers,
  NodeLabel
>;
import { FactChange, Subscription } from './subscriptions';

export const resolvers: Resolvers = {
  ...scalars,
  Query: { ...modelRootResolvers(), ...Query, ...AuditQuery, ...FacetsQuery, ...ClaimsQuery },
  Disagreement,
  CommitmentFacets,
  StatementFacets,
  Node,
  Fact,
  Actor,
  SearchHit,
  ConditionDependent,
  ...nodeTypes,
  AuditEvent,
  Mutation,
  IngestSourcePayload,
  StatementPayload,
  CommitmentPayload,
  AttachEvidencePayload,
  DomainLeadershipPayload,
  RecordCommitmentStagePayload,
  StageChange,
  SourceCoverage,
  Subscription,
  FactChange,
};
