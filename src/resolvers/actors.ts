import type { ActorResolvers, CountryResolvers, OrganizationResolvers, PersonResolvers, RoleResolvers } from '../generated/resolvers-types';
import type {
  ActorRow,
  CommitmentRow,
  CountryRow,
  DomainLeadershipRow,
  EventRow,
  OpenQuestionRow,
  OrganizationRow,
  PersonRow,
  PositionRow,
  RiskRow,
  RoleRow,
  StatementRow,
} from '../repositories/rows';
import { factFields, relatedList, relatedOne, relatedPage, resolveType } from './support';

export const Actor: ActorResolvers = { __resolveType: resolveType };

export const Country: CountryResolvers = {
  ...factFields,
  code: (row) => row.key,
  leaders: (row, _args, context) => relatedList<PersonRow>(context, 'Country.leaders', row.key),
  roles: (row, _args, context) => relatedList<RoleRow>(context, 'Country.roles', row.key),
  pledges: (row, args, context) => relatedPage<CommitmentRow>(context, 'Country.pledges', row.key, args),
  beneficiaryOf: (row, args, context) => relatedPage<CommitmentRow>(context, 'Country.beneficiaryOf', row.key, args),
  statements: (row, args, context) => relatedPage<StatementRow>(context, 'Country.statements', row.key, args),
  positions: (row, _args, context) => relatedList<PositionRow>(context, 'Country.positions', row.key),
  eventsAttended: (row, _args, context) => relatedList<EventRow>(context, 'Country.eventsAttended', row.key),
  memberships: (row, _args, context) => relatedList<OrganizationRow>(context, 'Country.memberships', row.key),
  leadership: (row, _args, context) => relatedList<DomainLeadershipRow>(context, 'Country.leadership', row.key),
  risks: (row, _args, context) => relatedList<RiskRow>(context, 'Country.risks', row.key),
  openQuestions: (row, _args, context) => relatedList<OpenQuestionRow>(context, 'Country.openQuestions', row.key),
};

export const Organization: OrganizationResolvers = {
  ...factFields,
  members: (row, _args, context) => relatedList<CountryRow>(context, 'Organization.members', row.key),
  roles: (row, _args, context) => relatedList<RoleRow>(context, 'Organization.roles', row.key),
  pledges: (row, args, context) => relatedPage<CommitmentRow>(context, 'Organization.pledges', row.key, args),
  statements: (row, args, context) => relatedPage<StatementRow>(context, 'Organization.statements', row.key, args),
  positions: (row, _args, context) => relatedList<PositionRow>(context, 'Organization.positions', row.key),
  eventsAttended: (row, _args, context) => relatedList<EventRow>(context, 'Organization.eventsAttended', row.key),
  leadership: (row, _args, context) => relatedList<DomainLeadershipRow>(context, 'Organization.leadership', row.key),
};

export const Person: PersonResolvers = {
  ...factFields,
  roles: (row, _args, context) => relatedList<RoleRow>(context, 'Person.roles', row.key),
  statements: (row, args, context) => relatedPage<StatementRow>(context, 'Person.statements', row.key, args),
  positions: (row, _args, context) => relatedList<PositionRow>(context, 'Person.positions', row.key),
  eventsAttended: (row, _args, context) => relatedList<EventRow>(context, 'Person.eventsAttended', row.key),
};

export const Role: RoleResolvers = {
  ...factFields,
  holder: async (row, _args, context) => required(await relatedOne<PersonRow>(context, 'Role.holder', row.key), row),
  of: async (row, _args, context) => required(await relatedOne<ActorRow>(context, 'Role.of', row.key), row),
};

/** A relationship the model requires (a role has a holder, a statement a speaker …). */
export function required<T>(value: T | null, of: { label: string; key: string }): T {
  if (value === null) throw new Error(`${of.label} ${of.key} lacks a required relationship`);
  return value;
}
