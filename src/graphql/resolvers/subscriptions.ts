import { requireRole } from '../../auth/require-role';
import { badUserInput } from '../../errors';
import { decodeId, type NodeRef } from '../../ids';
import type { NodeLabel } from '../../model/graph';
import { connectionOf, MAX_PAGE_SIZE } from '../../read/pagination';
import type { SequencedAuditEvent } from '../../subscriptions/audit-feed-repository';
import { acceptsChange, type ChangeFilter } from '../../subscriptions/change-filter';
import { liveFeedOf } from '../live-feed';
import type { Context } from '../context';
import type { FactChangeResolvers, SubscriptionResolvers } from '../generated/resolvers-types';

function follow(context: Context, filter: ChangeFilter) {
  return liveFeedOf(context).follow(acceptsChange(filter));
}

function ids(values: readonly string[], argumentName: string, labels?: readonly NodeLabel[]): NodeRef[] {
  if (values.length > MAX_PAGE_SIZE) throw badUserInput(`takes at most ${MAX_PAGE_SIZE} ids.`, argumentName);
  return values.map((id) => {
    const ref = decodeId(id, argumentName);
    if (labels && !labels.includes(ref.label)) throw badUserInput(`must be the id of a ${labels.join(' or ')}.`, argumentName);
    return ref;
  });
}

const change = (event: SequencedAuditEvent) => event;

export const Subscription: SubscriptionResolvers = {
  factsChanged: {
    subscribe: (_root, { types, touching, operations }, context) =>
      follow(context, {
        types,
        operations,
        touching: touching ? ids(touching, 'touching') : null,
      }),
    resolve: change,
  },
  commitmentStageRecorded: {
    subscribe: (_root, { commitment }, context) =>
      follow(context, {
        operations: ['recordCommitmentStage'],
        touching: commitment ? ids([commitment], 'commitment', ['Commitment']) : null,
      }),
    resolve: change,
  },
  domainLeadsDisclosed: {
    subscribe: (_root, { leadership }, context) =>
      follow(context, {
        operations: ['discloseDomainLeads'],
        touching: leadership ? ids([leadership], 'leadership', ['DomainLeadership']) : null,
      }),
    resolve: change,
  },
  statementsAdded: {
    subscribe: (_root, { speaker }, context) =>
      follow(context, {
        operations: ['addStatement', 'ingestSource'],
        types: ['Statement'],
        touching: speaker ? ids([speaker], 'speaker', ['Country', 'Organization', 'Person']) : null,
      }),
    resolve: change,
  },
  sourceIngested: {
    subscribe: (_root, _args, context) => follow(context, { operations: ['ingestSource'] }),
    resolve: change,
  },
};

export const FactChange: FactChangeResolvers = {
  sequence: (event) => event.seq,
  facts: async (event, { types, ...args }, context) => {
    const wanted = types ? event.touched.filter((node) => (types as readonly string[]).includes(node.label)) : event.touched;
    const page = connectionOf(wanted, args);
    const nodes = await Promise.all(page.edges.map(({ node: { label, key } }) => context.loaders.node(label).load(key)));
    const edges = page.edges.flatMap(({ cursor }, index) => {
      const node = nodes[index];
      return node ? [{ cursor, node }] : [];
    });
    return { ...page, edges };
  },
  auditEvent: (event, _args, context) => {
    requireRole(context, 'admin');
    return event;
  },
};
