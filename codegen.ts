import type { CodegenConfig } from '@graphql-codegen/cli';

const rows = '../../model/rows';
const payloads = '../../write/curation/payloads';

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
        mappers: {
          Source: `${rows}#SourceRow`,
          Evidence: `${rows}#EvidenceRow`,
          Country: `${rows}#CountryRow`,
          Organization: `${rows}#OrganizationRow`,
          Person: `${rows}#PersonRow`,
          Role: `${rows}#RoleRow`,
          Event: `${rows}#EventRow`,
          Statement: `${rows}#StatementRow`,
          Commitment: `${rows}#CommitmentRow`,
          Capability: `${rows}#CapabilityRow`,
          Domain: `${rows}#DomainRow`,
          DomainLeadership: `${rows}#DomainLeadershipRow`,
          Priority: `${rows}#PriorityRow`,
          Condition: `${rows}#ConditionRow`,
          Position: `${rows}#PositionRow`,
          OpenQuestion: `${rows}#OpenQuestionRow`,
          Risk: `${rows}#RiskRow`,
          SearchResult: `${rows}#SearchHitRow`,
          StageChange: `${rows}#StageChangeRow`,
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
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
  hooks: { afterOneFileWrite: ['prettier --write'] },
};

export default config;
