/* eslint-disable */
import * as types from "./graphql";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Fact {\n      key\n      evidence {\n        quote\n      }\n    }\n  }\n}": typeof types.NodeByIdDocument;
  "query Search($query: String!, $first: Int, $after: String) {\n  search(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        matchedText\n        score\n        node {\n          __typename\n          ... on Statement {\n            key\n            speaker {\n              name\n            }\n          }\n          ... on Commitment {\n            key\n          }\n          ... on Evidence {\n            key\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n}": typeof types.SearchDocument;
  "query WhatAreTheFivePriorities {\n  priorities {\n    totalCount\n    edges {\n      node {\n        order\n        title\n        commitments {\n          edges {\n            node {\n              key\n              summary\n              stage\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.WhatAreTheFivePrioritiesDocument;
  'query WhatDidTheUnitedKingdomPledge($code: String! = "GB") {\n  country(code: $code) {\n    name\n    pledges {\n      totalCount\n      edges {\n        node {\n          key\n          summary\n          stage\n          bindingness\n          pledgers {\n            __typename\n            name\n          }\n          capabilities {\n            name\n          }\n          conditions {\n            key\n            kind\n            description\n          }\n          evidence {\n            quote\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n}': typeof types.WhatDidTheUnitedKingdomPledgeDocument;
  "query WhatIsStillOpen {\n  openQuestions(first: 100) {\n    totalCount\n    edges {\n      node {\n        key\n        question\n        raisedBy {\n          name\n        }\n        about {\n          __typename\n          key\n        }\n      }\n    }\n  }\n}": typeof types.WhatIsStillOpenDocument;
  "query WhatWouldACeasefireUnlock {\n  conditions(kind: CEASEFIRE_OR_SETTLEMENT) {\n    edges {\n      node {\n        key\n        description\n        dependents {\n          totalCount\n          edges {\n            node {\n              __typename\n              ... on Commitment {\n                key\n                summary\n                stage\n              }\n              ... on DomainLeadership {\n                key\n                domain {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.WhatWouldACeasefireUnlockDocument;
  "query WhichNationsLeadWhichDomain {\n  domains {\n    edges {\n      node {\n        name\n        leadership {\n          disclosed\n          determined\n          leads {\n            __typename\n            key\n            name\n          }\n          conditions {\n            key\n            kind\n            description\n          }\n          evidence {\n            quote\n            start\n            end\n            source {\n              key\n              publisher\n            }\n          }\n        }\n        commitments {\n          edges {\n            node {\n              key\n              stage\n              conditions {\n                key\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.WhichNationsLeadWhichDomainDocument;
  "query CountryLeadersAndStatements($first: Int = 20, $after: String) {\n  countries(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        code\n        name\n        leaders {\n          name\n          roles {\n            title\n          }\n          statements {\n            edges {\n              node {\n                text\n                evidence {\n                  quote\n                  source {\n                    key\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.CountryLeadersAndStatementsDocument;
  'query WhoSaid($words: String! = "significant step") {\n  statements(filter: {text: $words}) {\n    totalCount\n    edges {\n      node {\n        kind\n        text\n        speaker {\n          __typename\n          name\n        }\n        about {\n          __typename\n          key\n        }\n        source {\n          key\n          publisher\n        }\n        evidence {\n          quote\n          start\n          end\n        }\n      }\n    }\n  }\n}': typeof types.WhoSaidDocument;
};
const documents: Documents = {
  "query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Fact {\n      key\n      evidence {\n        quote\n      }\n    }\n  }\n}":
    types.NodeByIdDocument,
  "query Search($query: String!, $first: Int, $after: String) {\n  search(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        matchedText\n        score\n        node {\n          __typename\n          ... on Statement {\n            key\n            speaker {\n              name\n            }\n          }\n          ... on Commitment {\n            key\n          }\n          ... on Evidence {\n            key\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n}":
    types.SearchDocument,
  "query WhatAreTheFivePriorities {\n  priorities {\n    totalCount\n    edges {\n      node {\n        order\n        title\n        commitments {\n          edges {\n            node {\n              key\n              summary\n              stage\n            }\n          }\n        }\n      }\n    }\n  }\n}":
    types.WhatAreTheFivePrioritiesDocument,
  'query WhatDidTheUnitedKingdomPledge($code: String! = "GB") {\n  country(code: $code) {\n    name\n    pledges {\n      totalCount\n      edges {\n        node {\n          key\n          summary\n          stage\n          bindingness\n          pledgers {\n            __typename\n            name\n          }\n          capabilities {\n            name\n          }\n          conditions {\n            key\n            kind\n            description\n          }\n          evidence {\n            quote\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n}':
    types.WhatDidTheUnitedKingdomPledgeDocument,
  "query WhatIsStillOpen {\n  openQuestions(first: 100) {\n    totalCount\n    edges {\n      node {\n        key\n        question\n        raisedBy {\n          name\n        }\n        about {\n          __typename\n          key\n        }\n      }\n    }\n  }\n}":
    types.WhatIsStillOpenDocument,
  "query WhatWouldACeasefireUnlock {\n  conditions(kind: CEASEFIRE_OR_SETTLEMENT) {\n    edges {\n      node {\n        key\n        description\n        dependents {\n          totalCount\n          edges {\n            node {\n              __typename\n              ... on Commitment {\n                key\n                summary\n                stage\n              }\n              ... on DomainLeadership {\n                key\n                domain {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}":
    types.WhatWouldACeasefireUnlockDocument,
  "query WhichNationsLeadWhichDomain {\n  domains {\n    edges {\n      node {\n        name\n        leadership {\n          disclosed\n          determined\n          leads {\n            __typename\n            key\n            name\n          }\n          conditions {\n            key\n            kind\n            description\n          }\n          evidence {\n            quote\n            start\n            end\n            source {\n              key\n              publisher\n            }\n          }\n        }\n        commitments {\n          edges {\n            node {\n              key\n              stage\n              conditions {\n                key\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}":
    types.WhichNationsLeadWhichDomainDocument,
  "query CountryLeadersAndStatements($first: Int = 20, $after: String) {\n  countries(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        code\n        name\n        leaders {\n          name\n          roles {\n            title\n          }\n          statements {\n            edges {\n              node {\n                text\n                evidence {\n                  quote\n                  source {\n                    key\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}":
    types.CountryLeadersAndStatementsDocument,
  'query WhoSaid($words: String! = "significant step") {\n  statements(filter: {text: $words}) {\n    totalCount\n    edges {\n      node {\n        kind\n        text\n        speaker {\n          __typename\n          name\n        }\n        about {\n          __typename\n          key\n        }\n        source {\n          key\n          publisher\n        }\n        evidence {\n          quote\n          start\n          end\n        }\n      }\n    }\n  }\n}':
    types.WhoSaidDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Fact {\n      key\n      evidence {\n        quote\n      }\n    }\n  }\n}",
): (typeof documents)["query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Fact {\n      key\n      evidence {\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "query Search($query: String!, $first: Int, $after: String) {\n  search(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        matchedText\n        score\n        node {\n          __typename\n          ... on Statement {\n            key\n            speaker {\n              name\n            }\n          }\n          ... on Commitment {\n            key\n          }\n          ... on Evidence {\n            key\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n}",
): (typeof documents)["query Search($query: String!, $first: Int, $after: String) {\n  search(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        matchedText\n        score\n        node {\n          __typename\n          ... on Statement {\n            key\n            speaker {\n              name\n            }\n          }\n          ... on Commitment {\n            key\n          }\n          ... on Evidence {\n            key\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "query WhatAreTheFivePriorities {\n  priorities {\n    totalCount\n    edges {\n      node {\n        order\n        title\n        commitments {\n          edges {\n            node {\n              key\n              summary\n              stage\n            }\n          }\n        }\n      }\n    }\n  }\n}",
): (typeof documents)["query WhatAreTheFivePriorities {\n  priorities {\n    totalCount\n    edges {\n      node {\n        order\n        title\n        commitments {\n          edges {\n            node {\n              key\n              summary\n              stage\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WhatDidTheUnitedKingdomPledge($code: String! = "GB") {\n  country(code: $code) {\n    name\n    pledges {\n      totalCount\n      edges {\n        node {\n          key\n          summary\n          stage\n          bindingness\n          pledgers {\n            __typename\n            name\n          }\n          capabilities {\n            name\n          }\n          conditions {\n            key\n            kind\n            description\n          }\n          evidence {\n            quote\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query WhatDidTheUnitedKingdomPledge($code: String! = "GB") {\n  country(code: $code) {\n    name\n    pledges {\n      totalCount\n      edges {\n        node {\n          key\n          summary\n          stage\n          bindingness\n          pledgers {\n            __typename\n            name\n          }\n          capabilities {\n            name\n          }\n          conditions {\n            key\n            kind\n            description\n          }\n          evidence {\n            quote\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "query WhatIsStillOpen {\n  openQuestions(first: 100) {\n    totalCount\n    edges {\n      node {\n        key\n        question\n        raisedBy {\n          name\n        }\n        about {\n          __typename\n          key\n        }\n      }\n    }\n  }\n}",
): (typeof documents)["query WhatIsStillOpen {\n  openQuestions(first: 100) {\n    totalCount\n    edges {\n      node {\n        key\n        question\n        raisedBy {\n          name\n        }\n        about {\n          __typename\n          key\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "query WhatWouldACeasefireUnlock {\n  conditions(kind: CEASEFIRE_OR_SETTLEMENT) {\n    edges {\n      node {\n        key\n        description\n        dependents {\n          totalCount\n          edges {\n            node {\n              __typename\n              ... on Commitment {\n                key\n                summary\n                stage\n              }\n              ... on DomainLeadership {\n                key\n                domain {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}",
): (typeof documents)["query WhatWouldACeasefireUnlock {\n  conditions(kind: CEASEFIRE_OR_SETTLEMENT) {\n    edges {\n      node {\n        key\n        description\n        dependents {\n          totalCount\n          edges {\n            node {\n              __typename\n              ... on Commitment {\n                key\n                summary\n                stage\n              }\n              ... on DomainLeadership {\n                key\n                domain {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "query WhichNationsLeadWhichDomain {\n  domains {\n    edges {\n      node {\n        name\n        leadership {\n          disclosed\n          determined\n          leads {\n            __typename\n            key\n            name\n          }\n          conditions {\n            key\n            kind\n            description\n          }\n          evidence {\n            quote\n            start\n            end\n            source {\n              key\n              publisher\n            }\n          }\n        }\n        commitments {\n          edges {\n            node {\n              key\n              stage\n              conditions {\n                key\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}",
): (typeof documents)["query WhichNationsLeadWhichDomain {\n  domains {\n    edges {\n      node {\n        name\n        leadership {\n          disclosed\n          determined\n          leads {\n            __typename\n            key\n            name\n          }\n          conditions {\n            key\n            kind\n            description\n          }\n          evidence {\n            quote\n            start\n            end\n            source {\n              key\n              publisher\n            }\n          }\n        }\n        commitments {\n          edges {\n            node {\n              key\n              stage\n              conditions {\n                key\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "query CountryLeadersAndStatements($first: Int = 20, $after: String) {\n  countries(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        code\n        name\n        leaders {\n          name\n          roles {\n            title\n          }\n          statements {\n            edges {\n              node {\n                text\n                evidence {\n                  quote\n                  source {\n                    key\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}",
): (typeof documents)["query CountryLeadersAndStatements($first: Int = 20, $after: String) {\n  countries(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        code\n        name\n        leaders {\n          name\n          roles {\n            title\n          }\n          statements {\n            edges {\n              node {\n                text\n                evidence {\n                  quote\n                  source {\n                    key\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WhoSaid($words: String! = "significant step") {\n  statements(filter: {text: $words}) {\n    totalCount\n    edges {\n      node {\n        kind\n        text\n        speaker {\n          __typename\n          name\n        }\n        about {\n          __typename\n          key\n        }\n        source {\n          key\n          publisher\n        }\n        evidence {\n          quote\n          start\n          end\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query WhoSaid($words: String! = "significant step") {\n  statements(filter: {text: $words}) {\n    totalCount\n    edges {\n      node {\n        kind\n        text\n        speaker {\n          __typename\n          name\n        }\n        about {\n          __typename\n          key\n        }\n        source {\n          key\n          publisher\n        }\n        evidence {\n          quote\n          start\n          end\n        }\n      }\n    }\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
