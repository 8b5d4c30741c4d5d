import { requireRole } from '../auth/require-role';
import type { AuditEventResolvers, QueryResolvers } from '../generated/resolvers-types';
import { decodeId } from '../ids';
import { readPage, toConnection } from '../pagination';
import type { NodeRow } from '../repositories/rows';

export const AuditQuery: Pick<QueryResolvers, 'auditTrail'> = {
  auditTrail: async (_root, { operation, keyId, touching, ...args }, context) => {
    requireRole(context, 'admin');
    const page = readPage(args);
    const filter = { operation, keyId, touching: touching == null ? null : decodeId(touching, 'touching') };
    return toConnection(page, await context.repositories.audit.list(filter, page));
  },
};

export const AuditEvent: AuditEventResolvers = {
  touched: async (row, _args, context) => {
    const nodes = await Promise.all(row.touched.map(({ label, key }) => context.loaders.node(label).load(key)));
    return nodes.filter((node): node is NodeRow => node != null);
  },
};
