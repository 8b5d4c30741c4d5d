import { forbidden, unauthenticated } from '../errors';
import type { Principal } from './principal';
import { roleAtLeast, type Role } from './roles';

/** Throws UNAUTHENTICATED (no key / bad key / revoked) or FORBIDDEN (role too low) GraphQLErrors; returns the principal. */
export function requireRole(context: { principal: Principal | null }, role: Role): Principal {
  const { principal } = context;
  if (!principal) {
    throw unauthenticated(`This operation needs an API key with the ${role} role or above; send it as \`Authorization: Bearer <key>\`.`);
  }
  if (!roleAtLeast(principal.role, role)) {
    throw forbidden(`This operation needs the ${role} role or above; the API key ${principal.keyId} has the ${principal.role} role.`);
  }
  return principal;
}
