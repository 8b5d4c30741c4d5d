import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const questions = [
  'which-nations-lead-which-domain',
  'what-did-the-united-kingdom-pledge',
  'what-would-a-ceasefire-unlock',
  'who-said',
  'what-are-the-five-priorities',
  'commitment-stage-recorded',
  'which-commitments-are-least-far-along',
  'how-many-commitments-for-ukraine',
  'who-provides-a-capability',
  'who-attended',
  'which-words-support-a-link',
];

describe('the README', () => {
  it.each(questions)('shows the operation %s exactly as operations/ holds it', (name) => {
    const operation = fs.readFileSync(path.join(PROJECT_ROOT, 'operations', `${name}.graphql`), 'utf8').trimEnd();
    expect(readme).toContain(operation);
  });

  it('gives the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
  });
});
