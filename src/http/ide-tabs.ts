import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';

export const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'operations');

export interface IdeTab {
  query: string;
  variables?: string;
}

/**
 * The README's example questions, one `operations/*.graphql` file each (an optional sibling
 * `NAME.variables.json` holds its variables), in file-name order. No folder: no tabs.
 */
export function loadIdeTabs(dir = OPERATIONS_DIR): IdeTab[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = fs.readFileSync(path.join(dir, file), 'utf8').trim() + '\n';
      const variablesFile = path.join(dir, file.replace(/\.graphql$/, '.variables.json'));
      return fs.existsSync(variablesFile) ? { query, variables: fs.readFileSync(variablesFile, 'utf8').trim() } : { query };
    });
}
