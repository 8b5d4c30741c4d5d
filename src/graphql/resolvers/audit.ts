import { requireRole } from '../../auth/require-role';
import type { AuditEventResolvers, QueryResolvers } from '../generated/resolvers-types';
import { decodeId } from '../../ids';
import { connectionOf, readPage, toConnection } from '../../read/pagination';

export const AuditQuery: Pick<QueryResolvers, 'auditTrail'> = {
  auditTrail: async (_root, { operation, keyId, touching, ...args }, context) => {
    requireRole(context, 'admin');
    const page = readPage(args);
    const filter = { operation, keyId, touching: touching == null ? null : decodeId(touching, 'touching') };
    return toConnection(page, await context.repositories.audit.list(filter, page));
  },
};

export const AuditEvent: AuditEventResolvers = {
  // Stored as JSON text (write/audit-repository.ts); answered as the JSON value it holds.
  changes: (row) => JSON.parse(row.changes) as unknown,
  touched: async (row, args, context) => {
    const page = connectionOf(row.touched, args);
    const nodes = await Promise.all(page.edges.map(({ node: { label, key } }) => context.loaders.node(label).load(key)));
    const edges = page.edges.flatMap(({ cursor }, index) => {
      const node = nodes[index];
      return node ? [{ cursor, node }] : [];
    });
    return { ...page, edges };
  },
};
