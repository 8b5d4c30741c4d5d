import type { CONDITION_KINDS, ORGANIZATION_KINDS } from '../write/seed/format';
import { createRandom, SkewedPicker, type Random } from './prng';

/**
 * The cast shared by every synthetic article of one generation: invented countries,
 * organizations, people (with the office each holds), capabilities, domains and conditions.
 * A fact that several articles mention is one node, so its properties are fixed here, once.
 *
 * Synthetic countries use the ISO 3166-1 alpha-2 codes the standard reserves for user assignment
 * (AA, QM–QZ, XA–XZ, ZZ; XK is left out, as it is widely used for Kosovo): they are valid
 * alpha-2 codes that can never name a real state, so no synthetic fact is ever about a real one.
 * Every other synthetic key starts with `syn-`, so none can clash with a curated seed key.
 */
export const USER_ASSIGNED_ALPHA2: readonly string[] = [
  'AA',
  ...'MNOPQRSTUVWXYZ'.split('').map((letter) => `Q${letter}`),
  ...'ABCDEFGHIJLMNOPQRSTUVWXYZ'.split('').map((letter) => `X${letter}`),
  'ZZ',
];

export type ConditionKind = (typeof CONDITION_KINDS)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface SynCountry {
  ref: string;
  key: string;
  name: string;
}
export interface SynOrganization {
  ref: string;
  key: string;
  name: string;
  kind: OrganizationKind;
  /** The member states the articles may name (alliances and unions only). */
  members: SynCountry[];
}
export interface SynPerson {
  ref: string;
  key: string;
  name: string;
  role: { key: string; title: string; of: SynCountry | SynOrganization };
}
export interface SynNamed {
  ref: string;
  key: string;
  name: string;
}
export interface SynCondition {
  ref: string;
  key: string;
  kind: ConditionKind;
  /** Also the words the articles use for it. */
  description: string;
}
/** An actor that can pledge (PLEDGED_BY allows Country and Organization). */
export type SynActor = SynCountry | SynOrganization;

export interface SyntheticWorld {
  countries: SynCountry[];
  organizations: SynOrganization[];
  coalitions: SynOrganization[];
  newsAgencies: SynOrganization[];
  people: SynPerson[];
  capabilities: SynNamed[];
  domains: SynNamed[];
  conditions: SynCondition[];
  cities: string[];
  /** Who pledges: a few states and coalitions make most pledges, most actors make few. */
  pledgers: SkewedPicker<SynActor>;
  beneficiaries: SkewedPicker<SynCountry>;
  speakers: SkewedPicker<SynPerson>;
  hosts: SkewedPicker<SynOrganization>;
  attendingCountries: SkewedPicker<SynCountry>;
  attendingOrganizations: SkewedPicker<SynOrganization>;
}

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'vel', 'mor', 'sal'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const COUNTRY_ENDINGS = ['ia', 'land', 'ova', 'istan', 'ania', 'ar', 'eth', 'ora'];
const FIRST_NAMES = [
  'Ana',
  'Boris',
  'Clara',
  'Dario',
  'Elin',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Katya',
  'Lior',
  'Maren',
  'Nikos',
  'Olga',
  'Pavel',
  'Rhea',
  'Sven',
  'Tamar',
  'Uma',
  'Viktor',
  'Wren',
  'Yara',
  'Zoltan',
];
const COUNTRY_TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defense Minister', 'Ambassador', 'Chancellor'];
const ORGANIZATION_TITLES = ['Secretary General', 'High Representative', 'Chair'];
const ORGANIZATION_SHAPES: { kind: OrganizationKind; suffix: string }[] = [
  { kind: 'COALITION', suffix: 'Coalition of the Willing' },
  { kind: 'COALITION', suffix: 'Contact Group' },
  { kind: 'ALLIANCE', suffix: 'Defense Alliance' },
  { kind: 'ALLIANCE', suffix: 'Treaty Organization' },
  { kind: 'SUPRANATIONAL_UNION', suffix: 'Union' },
  { kind: 'GOVERNMENT_BODY', suffix: 'Reconstruction Agency' },
];
const CAPABILITY_NAMES = [
  'air defense systems',
  'artillery ammunition',
  'armored vehicles',
  'training missions',
  'demining teams',
  'field hospitals',
  'coastal patrol boats',
  'fighter jets',
  'drone squadrons',
  'cyber defense teams',
  'satellite imagery',
  'intelligence sharing',
  'military advisers',
  'fuel supplies',
  'power grid repairs',
  'bridge engineers',
  'secure weapons storage',
  'logistics hubs',
  'maritime escorts',
  'radar stations',
  'anti-tank weapons',
  'winter equipment',
  'medical evacuation aircraft',
  'border monitors',
  'reconstruction loans',
  'housing modules',
  'water purification plants',
  'naval mine clearance',
  'electronic warfare kits',
  'reservist training',
];
const DOMAIN_NAMES = ['land', 'air', 'sea', 'cyber', 'space', 'reconstruction', 'energy', 'intelligence'];
const CONDITION_PHRASES: Record<ConditionKind, string[]> = {
  CEASEFIRE_OR_SETTLEMENT: [
    'once a ceasefire is agreed',
    'after a peace settlement is signed',
    'when a truce holds for thirty days',
    'once an armistice takes effect',
  ],
  NATIONAL_APPROVAL: [
    'subject to approval by each national government',
    'pending cabinet approval',
    'if national governments sign off',
    'after approval by defense councils',
  ],
  LAWMAKER_APPROVAL: [
    'if parliaments vote to approve it',
    'subject to a vote by lawmakers',
    'pending approval by the national assemblies',
    'if the legislature ratifies the budget',
  ],
  RATIFICATION: [
    'once the accord is ratified',
    'after ratification by every signatory',
    'when the treaty is ratified',
    'following ratification of the protocol',
  ],
  RUSSIAN_ATTACK: ['in the event of a renewed attack', 'if hostilities resume', 'should the aggressor attack again', 'if the front line is breached'],
  END_OF_HOSTILITIES: ['after the end of hostilities', 'once the fighting stops', 'when combat operations end', 'after the guns fall silent'],
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function inventedWord(random: Random, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS);
  return word;
}

function uniqueName(random: Random, taken: Set<string>, make: (random: Random) => string): string {
  for (;;) {
    const name = make(random);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** Pool sizes grow with the scale, so the long tail of rarely mentioned actors grows with it. */
export function poolSizes(scale: number) {
  return { organizations: 8 + Math.ceil(scale / 2), people: 12 + scale, cities: 10 + Math.ceil(scale / 4) };
}

export function createWorld(seed: string, scale: number): SyntheticWorld {
  const random = createRandom(`${seed}/world`);
  const names = new Set<string>();
  const sizes = poolSizes(scale);

  const countries: SynCountry[] = USER_ASSIGNED_ALPHA2.map((code) => ({
    ref: `country:${code}`,
    key: code,
    name: uniqueName(random, names, (r) => capitalized(inventedWord(r, r.int(1, 2)) + r.pick(COUNTRY_ENDINGS))),
  }));

  const newsAgencies: SynOrganization[] = Array.from({ length: 4 }, (_unused, index) => {
    const name = uniqueName(random, names, (r) => `${capitalized(inventedWord(r, 2))} Wire Service`);
    return { ref: `organization:syn-org-wire-${index + 1}`, key: `syn-org-wire-${index + 1}`, name, kind: 'NEWS_AGENCY', members: [] };
  });
  const countryPicker = new SkewedPicker(countries, 1.0);
  const organizations: SynOrganization[] = Array.from({ length: sizes.organizations }, (_unused, index) => {
    const shape = ORGANIZATION_SHAPES[index % ORGANIZATION_SHAPES.length] as (typeof ORGANIZATION_SHAPES)[number];
    const name = uniqueName(random, names, (r) => `${capitalized(inventedWord(r, r.int(2, 3)))} ${shape.suffix}`);
    const key = `syn-org-${index + 1}`;
    const hasMembers = shape.kind === 'ALLIANCE' || shape.kind === 'SUPRANATIONAL_UNION';
    return { ref: `organization:${key}`, key, name, kind: shape.kind, members: hasMembers ? countryPicker.sample(random, random.int(3, 8)) : [] };
  });
  const coalitions = organizations.filter((organization) => organization.kind === 'COALITION' || organization.kind === 'ALLIANCE');

  const people: SynPerson[] = Array.from({ length: sizes.people }, (_unused, index) => {
    const name = uniqueName(random, names, (r) => `${r.pick(FIRST_NAMES)} ${capitalized(inventedWord(r, r.int(2, 3)))}`);
    const key = `syn-person-${index + 1}`;
    // Offices are spread evenly: a state has a handful of named officials, however often it pledges.
    const forOrganization = random.chance(0.15);
    const of: SynActor = forOrganization ? random.pick(organizations) : (countries[index % countries.length] as SynCountry);
    const title = random.pick(forOrganization ? ORGANIZATION_TITLES : COUNTRY_TITLES);
    return { ref: `person:${key}`, key, name, role: { key: `syn-role-${index + 1}`, title, of } };
  });

  const capabilities = CAPABILITY_NAMES.map((name) => ({ ref: `capability:syn-cap-${slug(name)}`, key: `syn-cap-${slug(name)}`, name }));
  const domains = DOMAIN_NAMES.map((name) => ({ ref: `domain:syn-domain-${name}`, key: `syn-domain-${name}`, name }));
  const conditions = (Object.entries(CONDITION_PHRASES) as [ConditionKind, string[]][]).flatMap(([kind, phrases]) =>
    phrases.map((description, index) => {
      const key = `syn-condition-${slug(kind)}-${index + 1}`;
      return { ref: `condition:${key}`, key, kind, description };
    }),
  );
  const cities = Array.from({ length: sizes.cities }, () => uniqueName(random, names, (r) => capitalized(inventedWord(r, r.int(2, 3)))));

  // Rankings: a handful of states first, then everyone else in a seeded order.
  const ranked = <T>(head: T[], tail: T[]): T[] => [...head, ...random.sample(tail, tail.length)];
  const leadingStates = countries.slice(0, 6);
  return {
    countries,
    organizations,
    coalitions,
    newsAgencies,
    people,
    capabilities,
    domains,
    conditions,
    cities,
    pledgers: new SkewedPicker<SynActor>(
      ranked<SynActor>(
        [...leadingStates, ...coalitions.slice(0, 2)],
        [...countries.slice(6), ...organizations.filter((o) => !coalitions.slice(0, 2).includes(o))],
      ),
      1.05,
    ),
    beneficiaries: new SkewedPicker(
      ranked(
        countries.slice(30, 33),
        countries.filter((_c, i) => i < 30 || i >= 33),
      ),
      1.4,
    ),
    speakers: new SkewedPicker(random.sample(people, people.length), 0.9),
    hosts: new SkewedPicker(random.sample(coalitions, coalitions.length), 1.1),
    attendingCountries: countryPicker,
    attendingOrganizations: new SkewedPicker(random.sample(organizations, organizations.length), 1.0),
  };
}
