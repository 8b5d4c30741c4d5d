/** `npm run schema`: writes schema.graphql at the project root from src/graphql/schema/*.graphql. */
import fs from 'node:fs';
import path from 'node:path';
import { printedSchema } from '../src/graphql/schema-file';
import { PROJECT_ROOT } from '../src/project-root';

const file = path.join(PROJECT_ROOT, 'schema.graphql');
fs.writeFileSync(file, printedSchema());
process.stdout.write(`Wrote ${path.relative(process.cwd(), file) || file}\n`);
