import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'src', 'graphql', 'schema');

/** The SDL of every `src/graphql/schema/*.graphql` file, base first, so the contract lives in one folder. */
export function loadTypeDefs(): string[] {
  const files = fs
    .readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((file) => fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}
