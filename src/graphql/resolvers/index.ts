import type { Resolvers } from '../generated/resolvers-types';
import { AuditEvent, AuditQuery } from './audit';
import { Actor, Country, Organization, Person, Role } from './actors';
import { Capability, Commitment } from './commitments';
import { Condition, ConditionDependent } from './conditions';
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
import { Domain, DomainLeadership } from './domains';
import { Event } from './events';
import { OpenQuestion, Position, Risk } from './open-questions';
import { Priority } from './priorities';
import { Query } from './query';
import { Evidence, Fact, Node, SearchHit, Source } from './sources';
import { Statement } from './statements';
import { FactChange, Subscription } from './subscriptions';

export const resolvers: Resolvers = {
  Query: { ...Query, ...AuditQuery },
  Node,
  Fact,
  Actor,
  SearchHit,
  ConditionDependent,
  Country,
  Organization,
  Person,
  Role,
  Event,
  Statement,
  Commitment: { ...Commitment, ...CommitmentCuration },
  Capability,
  Domain,
  DomainLeadership,
  Priority,
  Condition,
  OpenQuestion,
  Position,
  Risk,
  Source,
  Evidence,
  AuditEvent,
  Mutation,
  IngestSourcePayload,
  StatementPayload,
  CommitmentPayload,
  AttachEvidencePayload,
  DomainLeadershipPayload,
  RecordCommitmentStagePayload,
  StageChange,
  Subscription,
  FactChange,
};
