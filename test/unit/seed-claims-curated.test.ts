import { JUDGEMENT_FIELDS, REFERENCE_FIELDS, SECTION, writtenRefs, type FactLabel } from '../../src/write/seed/format';
import { toSourceGraph } from '../../src/write/seed/graph';
import { SEED_DIR } from '../../src/write/seed/load';
import { readSourceDir } from '../../src/write/seed/read-source-dir';

/**
 * The curated seed cites, for every link and every judgement, the words that support THAT claim
 * (issue 18): no claim may lean on its fact's evidence as a whole (`own: false`).
 *
 * Scope: the sections curated claim by claim (issue 18 item 2), listed below. The `events` section
 * (attendance and delegations, issue 18 item 3) and the `source` section (issue 18 item 4) are
 * curated on their own and are not checked here.
 */
const CURATED: readonly FactLabel[] = [
  'Country',
  'Organization',
  'Person',
  'Role',
  'Statement',
  'Commitment',
  'Capability',
  'Domain',
  'DomainLeadership',
  'Priority',
  'Condition',
  'Position',
  'OpenQuestion',
  'Risk',
];

const bundles = readSourceDir(SEED_DIR);

describe.each(bundles.map((bundle) => [bundle.dir, bundle] as const))('the curated claims of %s', (_dir, bundle) => {
  const claims = toSourceGraph(bundle).claims.filter(({ label }) => CURATED.includes(label));
  const facts = (label: FactLabel) => bundle.facts[SECTION[label]] as ({ key: string } & Record<string, unknown>)[];
  const name = (claim: (typeof claims)[number]) =>
    `${claim.label} "${claim.key}" ${claim.field}${claim.target ? ` -> ${claim.target.label} "${claim.target.key}"` : ''}`;

  it('gives every link and every judgement its own evidence', () => {
    expect(claims.filter(({ own }) => !own).map(name)).toEqual([]);
  });

  it('checks every claim written: one per reference and per judgement with a value', () => {
    const written = CURATED.flatMap((label) =>
      facts(label).flatMap((fact) => [
        ...REFERENCE_FIELDS.filter((field) => field.label === label).flatMap((field) => writtenRefs(fact, field).map(() => label)),
        ...JUDGEMENT_FIELDS[label].filter((field) => (fact as Record<string, unknown>)[field] != null).map(() => label),
      ]),
    );
    expect(written.length).toBeGreaterThan(0);
    expect(claims).toHaveLength(written.length);
  });

  it('cites each judgement of every commitment and domain leadership', () => {
    for (const label of ['Commitment', 'DomainLeadership'] as const) {
      for (const { key } of facts(label)) {
        const cited = claims.filter((claim) => claim.label === label && claim.key === key && claim.own).map(({ field }) => field);
        expect([key, JUDGEMENT_FIELDS[label].filter((field) => !cited.includes(field))]).toEqual([key, []]);
      }
    }
  });
});
