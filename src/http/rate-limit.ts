import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Principal } from '../auth/principal';
import type { Role } from '../auth/roles';
import type { RateLimits } from '../config';
import { ErrorCode } from '../errors';

export interface RateLimitOptions {
  limits: RateLimits;
  /** The request's principal, or a rejection for a bad key (then it is counted by address). */
  principalOf: (req: IncomingMessage) => Promise<Principal | null>;
}

interface Budget {
  key: string;
  limit: number;
}

/**
 * Requests per window for each API key (by its role's budget) and, for requests without a valid
 * key, for each client address. A budget of 0 is unlimited; all of them 0 mounts nothing. Past it:
 * HTTP 429 with `Retry-After` (seconds), `RateLimit`/`RateLimit-Policy` headers and a
 * GraphQL-shaped `RATE_LIMITED` error. Counts live in this process's memory: with N replicas
 * behind a balancer a client gets up to N budgets (docs/operations.md, "Rate limits").
 */
export function rateLimitRequests({ limits, principalOf }: RateLimitOptions): RequestHandler[] {
  const roleBudget: Record<Role, number> = { reader: limits.perKey, curator: limits.curatorKey, admin: limits.adminKey };
  if (limits.perAddress === 0 && Object.values(roleBudget).every((limit) => limit === 0)) return [];
  const budgets = new WeakMap<Request, Budget>();

  async function budgetOf(req: Request): Promise<Budget> {
    let budget = budgets.get(req);
    if (budget) return budget;
    const principal = await principalOf(req).catch(() => null);
    budget = principal
      ? { key: `key:${principal.keyId}`, limit: roleBudget[principal.role] }
      : { key: `address:${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown')}`, limit: limits.perAddress };
    budgets.set(req, budget);
    return budget;
  }

  return [
    rateLimit({
      windowMs: limits.windowMs,
      limit: async (req) => (await budgetOf(req)).limit,
      keyGenerator: async (req) => (await budgetOf(req)).key,
      skip: async (req) => (await budgetOf(req)).limit === 0,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, res) => {
        const retryAfterSeconds = Number(res.getHeader('retry-after'));
        res.status(429).json({
          errors: [
            {
              message: `Too many requests; try again in ${retryAfterSeconds} s.`,
              extensions: { code: ErrorCode.RateLimited, retryAfterSeconds },
            },
          ],
        });
      },
    }),
  ];
}
