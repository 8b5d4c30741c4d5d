import type { Principal } from '../../auth/principal';
import { toSourceGraph } from '../seed/graph';
import { formatProblem, validateSeed, type SeedProblem } from '../seed/validate';
import type { IngestSourceInput } from '../../graphql/generated/resolvers-types';
import { findPropertyConflicts, lockSource } from '../curation-repository';
import type { FactLabel } from '../../model/graph';
import { writeSourceGraphs, type SourceGraph } from '../ingest-repository';
import { assertNoProblems, invalidInput, type InputProblem } from './input-error';
import { MAX_INGEST_FACTS, maxSourceCharacters } from './input-limits';
import { runCuration, type CurationContext, type CurationReceipt } from './run-curation';
import { echoValue, excerpt } from '../../excerpt';

/** Where validateSeed's file names point in the mutation's input. */
const TEXT_FIELD = 'input.text';
const FACTS_FIELD = 'input.facts';

export interface IngestSourceResult {
  sourceKey: string;
  facts: { label: FactLabel; key: string }[];
  nodesCreated: number;
  relationshipsCreated: number;
}

/** Validates like `npm run seed` does (src/write/seed/validate.ts) and returns the rows to write. */
export function readIngestInput(input: IngestSourceInput): SourceGraph {
  const limit = maxSourceCharacters();
  if (input.text.length > limit) {
    throw invalidInput(TEXT_FIELD, `is ${input.text.length} characters long; at most ${limit} (MAX_SOURCE_CHARS) are accepted`);
  }
  const { bundle, problems } = validateSeed({
    dir: '(request)',
    sourceFile: TEXT_FIELD,
    factsFile: FACTS_FIELD,
    sourceText: input.text,
    factsYaml: input.facts,
  });
  assertNoProblems(problems.map(toInputProblem));
  if (!bundle) throw invalidInput(FACTS_FIELD, 'does not validate');
  const graph = toSourceGraph(bundle);
  const facts = graph.nodes.reduce((sum, batch) => sum + batch.rows.length, 0);
  if (facts > MAX_INGEST_FACTS) throw invalidInput(FACTS_FIELD, `declares ${facts} facts; at most ${MAX_INGEST_FACTS} per source`);
  return graph;
}

function toInputProblem(problem: SeedProblem): InputProblem {
  return { field: problem.file, reason: formatProblem({ ...problem, file: '' }) };
}

export async function ingestSource(
  context: CurationContext,
  principal: Principal,
  input: IngestSourceInput,
  idempotencyKey?: string | null,
): Promise<IngestSourceResult & CurationReceipt> {
  const graph = readIngestInput(input);
  const facts = graph.nodes.flatMap(({ label, rows }) => rows.map((row) => ({ label, key: row.key })));
  return runCuration(context, principal, {
    operation: 'ingestSource',
    input,
    idempotencyKey,
    async write(tx) {
      const stored = await lockSource(tx, graph.source.key);
      if (stored) checkSameSource(stored, graph);
      const conflicts = await findPropertyConflicts(tx, graph);
      assertNoProblems(
        conflicts.map((conflict) => ({
          field: FACTS_FIELD,
          reason: `${conflict.label} ${excerpt(conflict.key)} is already in the graph with other values (${conflict.properties
            .map((property) => `${property.name}: stored ${echoValue(property.stored)}, given ${echoValue(property.given)}`)
            .join('; ')}); facts sharing a key are one node and must agree; change it through the granular mutations`,
        })),
      );
      const counts = await writeSourceGraphs(tx, [graph]);
      if (counts.nodesDeleted > 0 || counts.relationshipsDeleted > 0) {
        throw invalidInput(
          FACTS_FIELD,
          `would remove ${counts.nodesDeleted} evidence span(s) and ${counts.relationshipsDeleted} link(s) already in the graph for source ${excerpt(graph.source.key)} (e.g. evidence attached since it was ingested); sourced claims are never deleted: send every fact again`,
        );
      }
      const result = {
        sourceKey: graph.source.key,
        facts,
        nodesCreated: counts.nodesCreated + (stored ? 0 : 1),
        relationshipsCreated: counts.relationshipsCreated,
      };
      return {
        result,
        audit: {
          summary: `ingested source ${graph.source.key} (${facts.length} facts)`,
          changes: {
            source: { key: graph.source.key, sha256: graph.source.sha256 },
            facts,
            nodesCreated: result.nodesCreated,
            relationshipsCreated: result.relationshipsCreated,
          },
          touched: [{ label: 'Source', key: graph.source.key }, ...facts],
        },
      };
    },
  });
}

function checkSameSource(stored: Record<string, unknown>, graph: SourceGraph): void {
  if (stored.sha256 !== graph.source.sha256) {
    throw invalidInput(
      TEXT_FIELD,
      `source ${excerpt(graph.source.key)} is already in the graph with other text (sha256 ${String(stored.sha256)}); a source is verbatim and never replaced: ingest the new version under a new key`,
    );
  }
  for (const name of ['title', 'publisher', 'dateline'] as const) {
    if ((stored[name] ?? null) !== graph.source[name]) {
      throw invalidInput(
        FACTS_FIELD,
        `source.${name}: the graph holds ${echoValue(stored[name])} for source ${excerpt(graph.source.key)}, given ${echoValue(graph.source[name])}`,
      );
    }
  }
}
