import type { CodegenConfig } from '@graphql-codegen/cli';
import { NODE_LABELS } from './src/model/graph';

const rows = '../../model/rows';
const payloads = '../../write/curation/payloads';

/** The custom scalars (src/graphql/schema/scalars.graphql) as TypeScript: how they travel in JSON. */
const scalars = { DateTime: 'string', LocalDate: 'string', JSON: 'unknown' };

const config: CodegenConfig = {
  schema: 'src/graphql/schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        useIndexSignature: false,
        enumsAsTypes: true,
        useTypeImports: true,
        // Rows carry dates as ISO text; DateTime also accepts a Date (graphql-scalars).
        scalars: { ...scalars, DateTime: { input: 'Date', output: 'string | Date' } },
        mappers: {
          // Every node type's parent is its row (src/model/rows.ts), derived from the model's labels.
          ...Object.fromEntries(NODE_LABELS.map((label) => [label, `import('${rows}').RowOf<'${label}'>`])),
          SearchResult: `${rows}#SearchHitRow`,
          CommitmentFacets: '../../read/facets#FacetsRow',
          StatementFacets: '../../read/facets#FacetsRow',
          StageChange: `${rows}#StageChangeRow`,
          SourceCoverage: '../../read/coverage#SourceCoverageRow',
          TextRange: '../../read/coverage#TextRangeRow',
          Disagreement: '../../read/claim-repository#DisagreementRow',
          IngestSourcePayload: `${payloads}#IngestSourcePayloadRow`,
          StatementPayload: `${payloads}#FactPayloadRow`,
          CommitmentPayload: `${payloads}#FactPayloadRow`,
          AttachEvidencePayload: `${payloads}#FactPayloadRow`,
          DomainLeadershipPayload: `${payloads}#FactPayloadRow`,
          RecordCommitmentStagePayload: `${payloads}#StageChangePayloadRow`,
          AuditEvent: '../../write/audit-repository#AuditEventRow',
          FactChange: '../../subscriptions/audit-feed-repository#SequencedAuditEvent',
        },
      },
    },
    'src/graphql/generated/client/': {
      // test/documents: operations the tests send through the typed client that are not README examples.
      documents: ['operations/*.graphql', 'test/documents/*.graphql'],
      preset: 'client',
      // persistedDocuments: each document carries its SHA-256 (`__meta__.hash`), and persisted-documents.json lists them for TRUSTED_DOCUMENTS.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { enumsAsTypes: true, useTypeImports: true, scalars },
    },
  },
  hooks: { afterOneFileWrite: ['prettier --write'] },
};

export default config;
