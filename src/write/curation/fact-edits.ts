import type { Principal } from '../../auth/principal';
import type { AddCommitmentInput, AddStatementInput, AmendCommitmentInput, AttachEvidenceInput, DiscloseDomainLeadsInput } from './inputs';
import { createFact, linkFacts, setFactProperties, type FactRef } from '../curation-repository';
import { FACT_LABELS, type FactLabel } from '../../model/graph';
import { attachSpans, checkInGraph } from './evidence';
import { recordClaims } from './claims';
import { assertNoProblems, invalidInput, type InputProblem } from './input-error';
import { MAX_QUOTE_CHARS } from '../../model/limits';
import { checkSlug, checkText, readEvidence, readId, readIds } from './input-checks';
import { referenceTargets } from './reference-targets';
import { runCuration, type CurationContext, type CurationReceipt } from './run-curation';
import { excerpt } from '../../excerpt';

/** The fact a mutation wrote, by label and key. */
export interface FactResult {
  fact: { label: FactLabel; key: string };
}

type Link = { field: string; refs: FactRef[] } & ReturnType<typeof referenceTargets>;

function link(label: FactLabel, field: string, ids: readonly string[] | null | undefined, path: string, problems: InputProblem[]): Link {
  const targets = referenceTargets(label, field);
  return { field, ...targets, refs: readIds(ids, path, targets.targets, problems) };
}

function single(label: FactLabel, field: string, id: string | null | undefined, path: string, problems: InputProblem[]): Link {
  const targets = referenceTargets(label, field);
  const ref = id == null ? null : readId(id, path, targets.targets, problems);
  return { field, ...targets, refs: ref ? [{ ...ref, field: path }] : [] };
}

async function writeLinks(tx: Parameters<typeof createFact>[0], from: { label: FactLabel; key: string }, links: readonly Link[]): Promise<void> {
  for (const { type, refs, reverse } of links) {
    if (refs.length === 0) continue;
    if (reverse) {
      for (const ref of refs) await linkFacts(tx, ref, type, [from]);
    } else {
      await linkFacts(tx, from, type, refs);
    }
  }
}

function refused(field: string, reason: string): never {
  throw invalidInput(field, reason);
}

export async function addStatement(
  context: CurationContext,
  principal: Principal,
  input: AddStatementInput,
  idempotencyKey?: string | null,
): Promise<FactResult & CurationReceipt> {
  const problems: InputProblem[] = [];
  checkSlug(input.key, 'input.key', problems);
  checkText(input.text, 'input.text', problems, MAX_QUOTE_CHARS);
  const links = [
    single('Statement', 'speaker', input.speaker, 'input.speaker', problems),
    single('Statement', 'event', input.event, 'input.event', problems),
    link('Statement', 'about', input.about, 'input.about', problems),
  ];
  const spans = readEvidence(input.evidence, 'input.evidence', problems);
  if (spans.length > 0 && !spans.some((span) => span.quote.includes(input.text))) {
    problems.push({ field: 'input.text', reason: "must occur in one of the evidence quotes: a statement's text is the source's own words" });
  }
  assertNoProblems(problems);
  const fact = { label: 'Statement' as const, key: input.key };
  return runCuration(context, principal, {
    operation: 'addStatement',
    input,
    idempotencyKey,
    async write(tx) {
      await checkInGraph(
        tx,
        links.flatMap((entry) => entry.refs),
        spans,
      );
      if (!(await createFact(tx, 'Statement', input.key, { key: input.key, kind: input.kind, text: input.text }))) {
        refused('input.key', `a Statement with key ${excerpt(input.key)} is already in the graph; pick another key, or attach evidence to it (attachEvidence)`);
      }
      await writeLinks(tx, fact, links);
      const evidence = await attachSpans(tx, fact, spans);
      await recordClaims(tx, fact, { links, own: false }, spans);
      return {
        result: { fact },
        audit: { summary: `added Statement ${input.key}`, changes: { created: fact, input: { ...input }, evidence }, touched: touchedBy(fact, links) },
      };
    },
  });
}

export async function addCommitment(
  context: CurationContext,
  principal: Principal,
  input: AddCommitmentInput,
  idempotencyKey?: string | null,
): Promise<FactResult & CurationReceipt> {
  const problems: InputProblem[] = [];
  checkSlug(input.key, 'input.key', problems);
  checkText(input.summary, 'input.summary', problems);
  const links = [
    link('Commitment', 'pledgers', input.pledgers, 'input.pledgers', problems),
    single('Commitment', 'beneficiary', input.beneficiary, 'input.beneficiary', problems),
    link('Commitment', 'capabilities', input.capabilities, 'input.capabilities', problems),
    link('Commitment', 'domains', input.domains, 'input.domains', problems),
    link('Commitment', 'conditions', input.conditions, 'input.conditions', problems),
    single('Commitment', 'event', input.event, 'input.event', problems),
  ];
  const spans = readEvidence(input.evidence, 'input.evidence', problems);
  assertNoProblems(problems);
  const fact = { label: 'Commitment' as const, key: input.key };
  const props = {
    key: input.key,
    summary: input.summary,
    stage: input.stage,
    bindingness: input.bindingness,
    pledgersDisclosed: (input.pledgers ?? []).length > 0,
    beneficiaryDisclosed: input.beneficiary != null,
  };
  return runCuration(context, principal, {
    operation: 'addCommitment',
    input,
    idempotencyKey,
    async write(tx) {
      await checkInGraph(
        tx,
        links.flatMap((entry) => entry.refs),
        spans,
      );
      if (!(await createFact(tx, 'Commitment', input.key, props))) {
        refused('input.key', `a Commitment with key ${excerpt(input.key)} is already in the graph; amend it (amendCommitment) or pick another key`);
      }
      await writeLinks(tx, fact, links);
      const evidence = await attachSpans(tx, fact, spans);
      const { stage, bindingness, pledgersDisclosed } = props;
      await recordClaims(tx, fact, { links, judgements: { stage, bindingness, pledgersDisclosed }, own: false }, spans);
      return {
        result: { fact },
        audit: {
          summary: `added Commitment ${input.key}`,
          changes: { created: fact, properties: props, input: { ...input }, evidence },
          touched: touchedBy(fact, links),
        },
      };
    },
  });
}

export async function amendCommitment(
  context: CurationContext,
  principal: Principal,
  input: AmendCommitmentInput,
  idempotencyKey?: string | null,
): Promise<FactResult & CurationReceipt> {
  const problems: InputProblem[] = [];
  const commitment = readId(input.commitment, 'input.commitment', ['Commitment'], problems);
  const links = [
    link('Commitment', 'pledgers', input.addPledgers, 'input.addPledgers', problems),
    link('Commitment', 'capabilities', input.addCapabilities, 'input.addCapabilities', problems),
    link('Commitment', 'domains', input.addDomains, 'input.addDomains', problems),
    link('Commitment', 'conditions', input.addConditions, 'input.addConditions', problems),
  ];
  if (problems.length === 0 && links.every((entry) => entry.refs.length === 0)) {
    problems.push({ field: 'input', reason: 'nothing to add: give addPledgers, addCapabilities, addDomains or addConditions' });
  }
  const spans = readEvidence(input.evidence, 'input.evidence', problems);
  assertNoProblems(problems);
  const fact = { label: 'Commitment' as const, key: (commitment as FactRef).key };
  return runCuration(context, principal, {
    operation: 'amendCommitment',
    input,
    idempotencyKey,
    async write(tx) {
      await checkInGraph(tx, [{ ...fact, field: 'input.commitment' }, ...links.flatMap((entry) => entry.refs)], spans);
      await writeLinks(tx, fact, links);
      // The sources now name pledgers: the flag follows the list, as the seed validator requires.
      const disclosed: Record<string, boolean> = (input.addPledgers ?? []).length > 0 ? { pledgersDisclosed: true } : {};
      if ((input.addPledgers ?? []).length > 0) await setFactProperties(tx, 'Commitment', fact.key, disclosed);
      const evidence = await attachSpans(tx, fact, spans);
      await recordClaims(tx, fact, { links, judgements: disclosed, own: true }, spans);
      const added = Object.fromEntries(links.map((entry) => [entry.field, entry.refs.map(({ label, key }) => ({ label, key }))]));
      return {
        result: { fact },
        audit: { summary: `amended Commitment ${fact.key}`, changes: { amended: fact, added, evidence }, touched: touchedBy(fact, links) },
      };
    },
  });
}

export async function attachEvidence(
  context: CurationContext,
  principal: Principal,
  input: AttachEvidenceInput,
  idempotencyKey?: string | null,
): Promise<FactResult & CurationReceipt> {
  const problems: InputProblem[] = [];
  const target = readId(input.fact, 'input.fact', FACT_LABELS, problems);
  const spans = readEvidence(input.evidence, 'input.evidence', problems);
  assertNoProblems(problems);
  const fact = target as { label: FactLabel; key: string };
  return runCuration(context, principal, {
    operation: 'attachEvidence',
    input,
    idempotencyKey,
    async write(tx) {
      await checkInGraph(tx, [{ ...fact, field: 'input.fact' }], spans);
      const evidence = await attachSpans(tx, fact, spans);
      return {
        result: { fact: { label: fact.label, key: fact.key } },
        audit: { summary: `attached ${evidence.length} evidence span(s) to ${fact.label} ${fact.key}`, changes: { fact, evidence }, touched: [fact] },
      };
    },
  });
}

export async function discloseDomainLeads(
  context: CurationContext,
  principal: Principal,
  input: DiscloseDomainLeadsInput,
  idempotencyKey?: string | null,
): Promise<FactResult & CurationReceipt> {
  const problems: InputProblem[] = [];
  const leadership = readId(input.leadership, 'input.leadership', ['DomainLeadership'], problems);
  const leads = link('DomainLeadership', 'leads', input.leads, 'input.leads', problems);
  if (input.leads.length === 0) problems.push({ field: 'input.leads', reason: 'name at least one lead' });
  const spans = readEvidence(input.evidence, 'input.evidence', problems);
  assertNoProblems(problems);
  const fact = { label: 'DomainLeadership' as const, key: (leadership as FactRef).key };
  return runCuration(context, principal, {
    operation: 'discloseDomainLeads',
    input,
    idempotencyKey,
    async write(tx) {
      await checkInGraph(tx, [{ ...fact, field: 'input.leadership' }, ...leads.refs], spans);
      await writeLinks(tx, fact, [leads]);
      await setFactProperties(tx, 'DomainLeadership', fact.key, { disclosed: true, determined: true });
      const evidence = await attachSpans(tx, fact, spans);
      await recordClaims(tx, fact, { links: [leads], judgements: { disclosed: true, determined: true }, own: true }, spans);
      return {
        result: { fact },
        audit: {
          summary: `disclosed the leads of DomainLeadership ${fact.key}`,
          changes: { leadership: fact, leads: leads.refs.map(({ label, key }) => ({ label, key })), set: { disclosed: true, determined: true }, evidence },
          touched: touchedBy(fact, [leads]),
        },
      };
    },
  });
}

function touchedBy(fact: { label: FactLabel; key: string }, links: readonly Link[]): { label: string; key: string }[] {
  return [fact, ...links.flatMap((entry) => entry.refs.map(({ label, key }) => ({ label, key })))];
}
