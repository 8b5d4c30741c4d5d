import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

export const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'operations');

/** The text of an example operation, `operations/<name>.graphql`. */
export function operation(name: string): string {
  return fs.readFileSync(path.join(OPERATIONS_DIR, `${name}.graphql`), 'utf8');
}
