import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../../src/project-root';

const seedSource = path.join(PROJECT_ROOT, 'seed', 'paris-security-guarantees', 'source.txt');
const seedFacts = path.join(PROJECT_ROOT, 'seed', 'paris-security-guarantees', 'facts.yaml');
// The team's shared folder sits beside the checkout (also in CI); PLEDGEGRAPH_SHARED_DIR overrides it.
const sharedDir = process.env.PLEDGEGRAPH_SHARED_DIR ?? path.join(PROJECT_ROOT, '..', 'shared');
const sharedSource = path.join(sharedDir, 'sources', 'paris-security-guarantees.txt');

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('the seed source document', () => {
  it('has the sha256 its facts file pins', () => {
    const pinned = (YAML.parse(fs.readFileSync(seedFacts, 'utf8')) as { source: { sha256: string } }).source.sha256;
    expect(sha256(seedSource)).toBe(pinned);
  });

  it('is byte for byte the shared source (../shared/sources)', () => {
    expect(fs.existsSync(sharedSource)).toBe(true);
    expect(sha256(seedSource)).toBe(sha256(sharedSource));
    expect(fs.readFileSync(seedSource).equals(fs.readFileSync(sharedSource))).toBe(true);
  });
});
