/**
 * The pledgegraph model as @neo4j/graphql 7 type definitions, mapped onto the same labels and
 * relationship types (docs/model.md), for the questions the benchmark asks. The library generates
 * its own Query fields (`countries`, `countriesConnection`, filters, sorting) from these.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  # An interface, not a union, as in pledgegraph's schema: the library sorts a connection to an
  # interface by the interface's fields (pledgersConnection(sort: [{ node: { name: ASC } }])), not one to a union.
  interface Actor {
    key: String!
    name: String!
  }
  union Speaker = Country | Organization | Person

  type Source @node(labels: ["Source"]) {
    key: String!
    publisher: String
  }

  type Evidence @node(labels: ["Evidence"]) {
    key: String!
    start: Int!
    end: Int!
    quote: String!
    source: [Source!]! @relationship(type: "IN", direction: OUT)
  }

  type Country implements Actor @node(labels: ["Country"]) {
    key: String!
    name: String!
    roles: [Role!]! @relationship(type: "OF", direction: IN)
    pledges: [Commitment!]! @relationship(type: "PLEDGED_BY", direction: IN)
    # A walk of two hops, which no generated connection pages: a custom Cypher field, as the
    # library documents for one, paging it in pledgegraph's order (name, key).
    officeHolders(first: Int!): [Person!]!
      @cypher(statement: "MATCH (this)<-[:OF]-()<-[:HOLDS]-(p) WITH DISTINCT p ORDER BY p.name, p.key LIMIT toInteger($first) RETURN p", columnName: "p")
  }

  type Organization implements Actor @node(labels: ["Organization"]) {
    key: String!
    name: String!
  }

  type Person @node(labels: ["Person"]) {
    key: String!
    name: String!
    roles: [Role!]! @relationship(type: "HOLDS", direction: OUT)
    statements: [Statement!]! @relationship(type: "MADE_BY", direction: IN)
  }

  type Role @node(labels: ["Role"]) {
    key: String!
    title: String!
    holder: [Person!]! @relationship(type: "HOLDS", direction: IN)
  }

  # The search question reads the full-text index pledgegraph's statement filter reads (src/neo4j/migrations.ts).
  type Statement @node(labels: ["Statement"]) @fulltext(indexes: [{ indexName: "statement_text", queryName: "statementsByText", fields: ["text"] }]) {
    key: String!
    text: String!
    evidence: [Evidence!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
  }

  type Commitment @node(labels: ["Commitment"]) {
    key: String!
    summary: String!
    stage: String!
    bindingness: String!
    pledgers: [Actor!]! @relationship(type: "PLEDGED_BY", direction: OUT)
    capabilities: [Capability!]! @relationship(type: "PROVIDES", direction: OUT)
    conditions: [Condition!]! @relationship(type: "CONDITIONAL_ON", direction: OUT)
    evidence: [Evidence!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
  }

  type Capability @node(labels: ["Capability"]) {
    key: String!
    name: String!
  }

  type Condition @node(labels: ["Condition"]) {
    key: String!
    kind: String!
    description: String!
  }

  type Domain @node(labels: ["Domain"]) {
    key: String!
    name: String!
    leadership: [DomainLeadership!]! @relationship(type: "FOR_DOMAIN", direction: IN)
    commitments: [Commitment!]! @relationship(type: "IN_DOMAIN", direction: IN)
  }

  type DomainLeadership @node(labels: ["DomainLeadership"]) {
    key: String!
    disclosed: Boolean!
    determined: Boolean!
    leads: [Actor!]! @relationship(type: "LED_BY", direction: OUT)
    conditions: [Condition!]! @relationship(type: "CONDITIONAL_ON", direction: OUT)
    evidence: [Evidence!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
  }

  type Priority @node(labels: ["Priority"]) {
    key: String!
    order: Int!
    title: String!
    commitments: [Commitment!]! @relationship(type: "SERVES", direction: IN)
  }
`;
