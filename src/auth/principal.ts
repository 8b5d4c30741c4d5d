import type { Role } from './roles';

/** Who sent a request: the id of the API key it carried (never the key itself) and that key's role. */
export interface Principal {
  keyId: string;
  role: Role;
}
