import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';

export const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'operations');

export interface IdeTab {
  query: string;
  variables?: string;
}

/** The flagship question opens first, then the README's questions in its order; the rest follow by name. */
const LEADING = [
  'which-nations-lead-which-domain',
  'what-did-the-united-kingdom-pledge',
  'what-would-a-ceasefire-unlock',
  'who-said',
  'what-are-the-five-priorities',
];

function rank(name: string): number {
  const index = LEADING.indexOf(name);
  return index === -1 ? LEADING.length : index;
}

/**
 * The example questions, one `operations/*.graphql` file each, read when the server starts; a
 * sibling `NAME.variables.json` holds the variables a tab runs with. No folder: no tabs.
 */
export function loadIdeTabs(dir = OPERATIONS_DIR): IdeTab[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => file.replace(/\.graphql$/, ''))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => {
      const query = fs.readFileSync(path.join(dir, `${name}.graphql`), 'utf8').trim() + '\n';
      const variablesFile = path.join(dir, `${name}.variables.json`);
      return fs.existsSync(variablesFile) ? { query, variables: fs.readFileSync(variablesFile, 'utf8').trim() } : { query };
    });
}
