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
import { factFields, relatedList, relatedPage, requiredOne, resolveType } from './support';

export const Actor: ActorResolvers = { __resolveType: resolveType };

export const Country: CountryResolvers = {
  ...factFields,
  code: (row) => row.key,
  leaders: (row, _args, context, info) => relatedList<PersonRow>(context, 'Country.leaders', row, info),
  roles: (row, _args, context, info) => relatedList<RoleRow>(context, 'Country.roles', row, info),
  pledges: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Country.pledges', row, args, info),
  beneficiaryOf: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Country.beneficiaryOf', row, args, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Country.statements', row, args, info),
  positions: (row, _args, context, info) => relatedList<PositionRow>(context, 'Country.positions', row, info),
  eventsAttended: (row, _args, context, info) => relatedList<EventRow>(context, 'Country.eventsAttended', row, info),
  memberships: (row, _args, context, info) => relatedList<OrganizationRow>(context, 'Country.memberships', row, info),
  leadership: (row, _args, context, info) => relatedList<DomainLeadershipRow>(context, 'Country.leadership', row, info),
  risks: (row, _args, context, info) => relatedList<RiskRow>(context, 'Country.risks', row, info),
  openQuestions: (row, _args, context, info) => relatedList<OpenQuestionRow>(context, 'Country.openQuestions', row, info),
};

export const Organization: OrganizationResolvers = {
  ...factFields,
  members: (row, _args, context, info) => relatedList<CountryRow>(context, 'Organization.members', row, info),
  roles: (row, _args, context, info) => relatedList<RoleRow>(context, 'Organization.roles', row, info),
  pledges: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Organization.pledges', row, args, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Organization.statements', row, args, info),
  positions: (row, _args, context, info) => relatedList<PositionRow>(context, 'Organization.positions', row, info),
  eventsAttended: (row, _args, context, info) => relatedList<EventRow>(context, 'Organization.eventsAttended', row, info),
  leadership: (row, _args, context, info) => relatedList<DomainLeadershipRow>(context, 'Organization.leadership', row, info),
};

export const Person: PersonResolvers = {
  ...factFields,
  roles: (row, _args, context, info) => relatedList<RoleRow>(context, 'Person.roles', row, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Person.statements', row, args, info),
  positions: (row, _args, context, info) => relatedList<PositionRow>(context, 'Person.positions', row, info),
  eventsAttended: (row, _args, context, info) => relatedList<EventRow>(context, 'Person.eventsAttended', row, info),
};

export const Role: RoleResolvers = {
  ...factFields,
  holder: (row, _args, context, info) => requiredOne<PersonRow>(context, 'Role.holder', row, info),
  of: (row, _args, context, info) => requiredOne<ActorRow>(context, 'Role.of', row, info),
};
