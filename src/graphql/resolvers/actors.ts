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
} from '../../model/rows';
import { factFields, relatedPage, requiredOne, resolveType } from './support';

export const Actor: ActorResolvers = { __resolveType: resolveType };

export const Country: CountryResolvers = {
  ...factFields,
  code: (row) => row.key,
  officeHolders: (row, args, context, info) => relatedPage<PersonRow>(context, 'Country.officeHolders', row, args, info),
  roles: (row, args, context, info) => relatedPage<RoleRow>(context, 'Country.roles', row, args, info),
  pledges: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Country.pledges', row, args, info),
  beneficiaryOf: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Country.beneficiaryOf', row, args, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Country.statements', row, args, info),
  positions: (row, args, context, info) => relatedPage<PositionRow>(context, 'Country.positions', row, args, info),
  eventsAttended: (row, args, context, info) => relatedPage<EventRow>(context, 'Country.eventsAttended', row, args, info),
  memberships: (row, args, context, info) => relatedPage<OrganizationRow>(context, 'Country.memberships', row, args, info),
  leadership: (row, args, context, info) => relatedPage<DomainLeadershipRow>(context, 'Country.leadership', row, args, info),
  risks: (row, args, context, info) => relatedPage<RiskRow>(context, 'Country.risks', row, args, info),
  openQuestions: (row, args, context, info) => relatedPage<OpenQuestionRow>(context, 'Country.openQuestions', row, args, info),
};

export const Organization: OrganizationResolvers = {
  ...factFields,
  members: (row, args, context, info) => relatedPage<CountryRow>(context, 'Organization.members', row, args, info),
  roles: (row, args, context, info) => relatedPage<RoleRow>(context, 'Organization.roles', row, args, info),
  pledges: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Organization.pledges', row, args, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Organization.statements', row, args, info),
  positions: (row, args, context, info) => relatedPage<PositionRow>(context, 'Organization.positions', row, args, info),
  eventsAttended: (row, args, context, info) => relatedPage<EventRow>(context, 'Organization.eventsAttended', row, args, info),
  leadership: (row, args, context, info) => relatedPage<DomainLeadershipRow>(context, 'Organization.leadership', row, args, info),
};

export const Person: PersonResolvers = {
  ...factFields,
  roles: (row, args, context, info) => relatedPage<RoleRow>(context, 'Person.roles', row, args, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Person.statements', row, args, info),
  positions: (row, args, context, info) => relatedPage<PositionRow>(context, 'Person.positions', row, args, info),
  eventsAttended: (row, args, context, info) => relatedPage<EventRow>(context, 'Person.eventsAttended', row, args, info),
};

export const Role: RoleResolvers = {
  ...factFields,
  holder: (row, _args, context, info) => requiredOne<PersonRow>(context, 'Role.holder', row, info),
  of: (row, _args, context, info) => requiredOne<ActorRow>(context, 'Role.of', row, info),
};
