import { badUserInput } from './errors';
import { NODE_LABELS, type NodeLabel } from './model/graph';
import { excerpt } from './excerpt';

/** What a public id stands for: a node label (also its GraphQL type name) and its stable key. */
export interface NodeRef {
  label: NodeLabel;
  key: string;
}

/** The public id of a node: base64url of `<TypeName>:<key>`, stable across reloads. */
export function encodeId(label: NodeLabel, key: string): string {
  return Buffer.from(`${label}:${key}`, 'utf8').toString('base64url');
}

/** Reads an id made by `encodeId`; anything else is a `BAD_USER_INPUT` error naming `argumentName`. */
export function decodeId(id: string, argumentName = 'id'): NodeRef {
  const decoded = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const label = decoded.slice(0, colon);
  const key = decoded.slice(colon + 1);
  if (colon <= 0 || key === '' || !(NODE_LABELS as readonly string[]).includes(label)) {
    throw badUserInput(`${excerpt(id)} is not a pledgegraph id.`, argumentName);
  }
  return { label: label as NodeLabel, key };
}
