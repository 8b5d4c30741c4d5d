import type { CodegenConfig } from '@graphql-codegen/cli';

const rows = '../repositories/rows';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/resolvers-types.ts': {
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
        },
      },
    },
    'src/generated/client/': {
      documents: 'operations/*.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
  hooks: { afterOneFileWrite: ['prettier --write'] },
};

export default config;
