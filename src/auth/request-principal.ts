import type { IncomingMessage } from 'node:http';
import type { Principal } from './principal';

/**
 * Authenticates each request once, whoever asks first (the rate limiter, the GraphQL context),
 * so a key costs one lookup per request however many layers need its principal.
 */
export function principalPerRequest(authenticate: (req: IncomingMessage) => Promise<Principal | null>) {
  const principals = new WeakMap<IncomingMessage, Promise<Principal | null>>();
  return (req: IncomingMessage): Promise<Principal | null> => {
    let principal = principals.get(req);
    if (!principal) {
      principal = authenticate(req);
      // Whoever awaits it sees the failure; the cached promise must not count as unhandled.
      principal.catch(() => undefined);
      principals.set(req, principal);
    }
    return principal;
  };
}
