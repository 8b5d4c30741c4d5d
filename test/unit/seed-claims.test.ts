import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { SEED_DIR } from '../../src/write/seed/load';
import { toSourceGraph } from '../../src/write/seed/graph';
import { formatProblem, validateSeed } from '../../src/write/seed/validate';

const PARIS_DIR = path.join(SEED_DIR, 'paris-security-guarantees');
const sourceText = fs.readFileSync(path.join(PARIS_DIR, 'source.txt'), 'utf8');
const factsYaml = fs.readFileSync(path.join(PARIS_DIR, 'facts.yaml'), 'utf8');
const COMMITMENT = 'gb-fr-military-centers-and-weapons-storage';

function span(quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = sourceText.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`not in the source: ${quote}`);
  return { start, end: start + quote.length, quote };
}

/** The seed's facts with the commitment edited in place (as a curator would write it). */
function withCommitment(edit: (commitment: Record<string, unknown>) => void): string {
  const facts = YAML.parse(factsYaml) as { commitments: Record<string, unknown>[] };
  const commitment = facts.commitments.find(({ key }) => key === COMMITMENT);
  if (!commitment) throw new Error(`the seed has no ${COMMITMENT}`);
  edit(commitment);
  return YAML.stringify(facts);
}

function validate(yaml: string) {
  return validateSeed({ dir: PARIS_DIR, sourceFile: 'source.txt', factsFile: 'facts.yaml', sourceText, factsYaml: yaml });
}

describe('per-claim evidence in facts files', () => {
  it('accepts references with their own evidence and evidenceFor on properties', () => {
    const yaml = withCommitment((commitment) => {
      commitment.pledgers = [{ ref: 'country:GB', evidence: [span('Britain and France')] }, 'country:FR'];
      commitment.evidenceFor = { stage: [span('agreed Tuesday')] };
    });
    expect(validate(yaml).problems.map(formatProblem)).toEqual([]);
  });

  it('names the claim whose span does not match the source', () => {
    const wrong = { ...span('Britain and France'), quote: 'Britain and Spain!' };
    const yaml = withCommitment((commitment) => {
      commitment.pledgers = [{ ref: 'country:GB', evidence: [wrong] }, 'country:FR'];
      commitment.evidenceFor = { bindingness: [{ ...span('binding commitments'), end: span('binding commitments').end + 1 }] };
    });
    const messages = validate(yaml).problems.map(formatProblem);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain(`Commitment "${COMMITMENT}": pledgers "country:GB": evidence[0]`);
    expect(messages[0]).toContain('quote differs from the source text');
    expect(messages[1]).toContain(`Commitment "${COMMITMENT}": evidenceFor.bindingness: evidence[0]`);
  });

  it('refuses evidenceFor a property the fact does not have, or one without a value', () => {
    const yaml = withCommitment((commitment) => {
      commitment.evidenceFor = { pledgers: [span('Britain and France')], colour: [span('Britain and France')] };
    });
    const messages = validate(yaml).problems.map(formatProblem);
    expect(messages).toEqual([
      expect.stringContaining('evidenceFor.pledgers: Commitment has no property "pledgers" (its judgements: stage, bindingness, pledgersDisclosed)'),
      expect.stringContaining('evidenceFor.colour: Commitment has no property "colour"'),
    ]);
  });

  it('refuses a claim with no spans', () => {
    const yaml = withCommitment((commitment) => {
      commitment.pledgers = [{ ref: 'country:GB', evidence: [] }, 'country:FR'];
    });
    expect(validate(yaml).problems.map(formatProblem).join('\n')).toContain('a claim needs at least one evidence span');
  });

  it('turns every link and judgement into a claim: own spans where cited, the fact’s evidence where not', () => {
    const gb = span('Britain and France');
    const stage = span('agreed Tuesday');
    const { bundle } = validate(
      withCommitment((commitment) => {
        commitment.pledgers = [{ ref: 'country:GB', evidence: [gb] }, 'country:FR'];
        commitment.evidenceFor = { stage: [stage] };
      }),
    );
    if (!bundle) throw new Error('the edited seed should be valid');
    const graph = toSourceGraph(bundle);
    const claims = graph.claims.filter(({ label, key }) => label === 'Commitment' && key === COMMITMENT);
    const byField = (field: string, target?: string) => claims.filter((claim) => claim.field === field && (!target || claim.target?.key === target));

    const factKeys = (bundle.facts.commitments.find(({ key }) => key === COMMITMENT)?.evidence ?? []).map(
      ({ start, end }) => `${bundle.source.key}:${start}-${end}`,
    );
    expect(byField('pledgers', 'GB')).toEqual([
      {
        label: 'Commitment',
        key: COMMITMENT,
        field: 'pledgers',
        target: { label: 'Country', key: 'GB' },
        own: true,
        evidence: [`${bundle.source.key}:${gb.start}-${gb.end}`],
      },
    ]);
    expect(byField('pledgers', 'FR')).toEqual([expect.objectContaining({ own: false, evidence: factKeys })]);
    expect(byField('stage')).toEqual([
      expect.objectContaining({ value: 'AGREED_IN_PRINCIPLE', own: true, evidence: [`${bundle.source.key}:${stage.start}-${stage.end}`] }),
    ]);
    expect(byField('bindingness')).toEqual([expect.objectContaining({ value: 'UNDISCLOSED', own: false, evidence: factKeys })]);
    expect(byField('summary')).toEqual([]);

    const links = graph.evidenceLinks.find(({ label }) => label === 'Commitment')?.rows.filter(({ key }) => key === COMMITMENT) ?? [];
    expect(links.map(({ evidence }) => evidence)).toEqual(
      expect.arrayContaining([...factKeys, `${bundle.source.key}:${gb.start}-${gb.end}`, `${bundle.source.key}:${stage.start}-${stage.end}`]),
    );
  });
});
