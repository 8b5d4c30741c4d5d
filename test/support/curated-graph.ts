import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { CURATION_SOURCE_KEY, CURATION_SOURCE_TEXT, curationFacts, idOf, spanOf } from './curation';
import { postGraphQL } from './http-server';

const FIXTURE_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'second-source');
const FIXTURE_KEY = 'test-fixture-second-source';
const FIXTURE_TEXT = fs.readFileSync(path.join(FIXTURE_DIR, 'source.txt'), 'utf8');
const FIXTURE_FACTS = fs.readFileSync(path.join(FIXTURE_DIR, 'facts.yaml'), 'utf8');

/** The commitment of the seed whose stage the curated graph records (as the curation example in docs/curation.md does). */
export const STAGED_COMMITMENT = 'gb-fr-military-centers-and-weapons-storage';
/** Words of the stage change's evidence, and of no other evidence of the seed. */
export const STAGE_CHANGE_QUOTE = 'the British parliament ratified the agreement';

/** One curation mutation as the curated graph applies it; each selects only `auditEventId`, so schema changes to the payloads' facts don't touch it. */
interface Step {
  mutation: string;
  input: Record<string, unknown>;
}

const fixture = (quote: string) => spanOf(FIXTURE_TEXT, FIXTURE_KEY, quote);
const curation = (quote: string) => spanOf(CURATION_SOURCE_TEXT, CURATION_SOURCE_KEY, quote);

/** Every curation mutation, in an order in which each refers only to what is already there. */
export const CURATION_STEPS: readonly Step[] = [
  { mutation: 'ingestSource', input: { text: FIXTURE_TEXT, facts: FIXTURE_FACTS } },
  { mutation: 'ingestSource', input: { text: CURATION_SOURCE_TEXT, facts: curationFacts() } },
  {
    mutation: 'addStatement',
    input: {
      key: 'curated-canada-instructors',
      kind: 'PARAPHRASE',
      text: 'Canada will send instructors once a ceasefire holds',
      speaker: idOf('Country', 'CA'),
      event: idOf('Event', 'fixture-workshop'),
      about: [idOf('Commitment', 'fixture-demining-training'), idOf('Condition', 'fixture-ceasefire-holds')],
      evidence: [fixture('Canada will send instructors once a ceasefire holds')],
    },
  },
  {
    mutation: 'addCommitment',
    input: {
      key: 'curated-ca-deminer-training',
      summary: 'Canada will train Ukrainian deminers.',
      pledgers: [idOf('Country', 'CA')],
      beneficiary: idOf('Country', 'UA'),
      stage: 'AGREED_IN_PRINCIPLE',
      bindingness: 'UNDISCLOSED',
      evidence: [curation('Canada will also train Ukrainian deminers')],
    },
  },
  {
    mutation: 'amendCommitment',
    input: {
      commitment: idOf('Commitment', 'curated-ca-deminer-training'),
      addDomains: [idOf('Domain', 'land')],
      evidence: [curation('the land domain')],
    },
  },
  {
    mutation: 'recordCommitmentStage',
    input: {
      commitment: idOf('Commitment', STAGED_COMMITMENT),
      stage: 'RATIFIED',
      asOf: '2026-03-03',
      evidence: [curation(`On March 3, 2026, ${STAGE_CHANGE_QUOTE} to establish military centers throughout Ukraine`)],
    },
  },
  {
    mutation: 'attachEvidence',
    input: { fact: idOf('Country', 'CA'), evidence: [curation("Canada's defense minister said")] },
  },
  {
    mutation: 'discloseDomainLeads',
    input: {
      leadership: idOf('DomainLeadership', 'land-leadership'),
      leads: [idOf('Country', 'FR'), idOf('Country', 'GB')],
      evidence: [curation('France and Britain will lead the land domain')],
    },
  },
];

/** The mutations `curateGraph` runs: all seven curation mutations. */
export const CURATION_MUTATIONS = [...new Set(CURATION_STEPS.map((step) => step.mutation))];

/**
 * Applies every curation mutation to the graph behind `url` (the seed graph, loaded), as a
 * curator would over HTTP. Throws on the first refusal.
 */
export async function curateGraph(url: string, curatorKey: string): Promise<void> {
  for (const { mutation, input } of CURATION_STEPS) {
    const inputType = `${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input`;
    const query = `mutation Curate($input: ${inputType}!) { ${mutation}(input: $input) { auditEventId } }`;
    const response = await postGraphQL(url, { query, variables: { input } }, { authorization: `Bearer ${curatorKey}` });
    if (response.json?.errors || !response.json?.data) throw new Error(`${mutation} was refused: ${response.text.slice(0, 2000)}`);
  }
}
