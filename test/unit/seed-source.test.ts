import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../../src/project-root';

const seedSource = path.join(PROJECT_ROOT, 'seed', 'paris-security-guarantees', 'source.txt');
const seedFacts = path.join(PROJECT_ROOT, 'seed', 'paris-security-guarantees', 'facts.yaml');
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('the seed source document', () => {
  it('has the sha256 its facts file pins', () => {
    const pinned = (YAML.parse(fs.readFileSync(seedFacts, 'utf8')) as { source: { sha256: string } }).source.sha256;
    expect(sha256(seedSource)).toBe(pinned);
  });
});
