import type { ORGANIZATION_KINDS } from '../write/seed/format';
import { slugOf, spanOf, type Span } from './spans';

type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface Organization {
  key: string;
  name: string;
  kind: OrganizationKind;
  evidence: Span;
  confidence: number;
  rule: string;
}

export interface Byline {
  /** The dateline's place, as a name ("PARIS" → `Paris`). */
  dateline: string;
  publisher: Organization;
  /** Where the body of the article starts, after the dash. */
  bodyStart: number;
}

/** Wire services by the initials news copy gives them in a byline. */
const AGENCIES: Record<string, string> = {
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  dpa: 'Deutsche Presse-Agentur',
  UPI: 'United Press International',
  ANSA: 'ANSA',
  EFE: 'EFE',
};

/** The dateline and byline of news copy: `PARIS (AP) — …`. */
export function readByline(text: string): Byline | undefined {
  const match = /^\s*([A-Z][A-Z .'’-]*[A-Z])(?:,\s*[A-Za-z. ]+)?\s+\(([^)]{1,60})\)\s+[—–-]+\s*/.exec(text);
  if (!match) return undefined;
  const inParens = match[2] ?? '';
  const name = AGENCIES[inParens] ?? inParens;
  const open = match[0].indexOf('(');
  return {
    dateline: titleCase(match[1] ?? ''),
    publisher: {
      key: slugOf(name),
      name,
      kind: 'NEWS_AGENCY',
      evidence: spanOf(text, open, open + inParens.length + 2),
      confidence: 0.9,
      rule: 'byline',
    },
    bodyStart: match[0].length,
  };
}

function titleCase(words: string): string {
  return words.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase());
}

/** Words a report uses for the group that met and pledged, once it has been named. */
export const COLLECTIVE_NOUNS = /^(?:the\s+)?(?:allies|leaders|partners|participants|delegations|coalition|members)$/i;

const HEADS: [RegExp, OrganizationKind][] = [
  [/(?:Alliance|Treaty Organization|NATO)$/, 'ALLIANCE'],
  [/(?:Union|EU)$/, 'SUPRANATIONAL_UNION'],
  [/(?:Coalition(?: of the Willing)?|Contact Group|Group)$/, 'COALITION'],
  [/(?:Agency|Council|Commission|Ministry|Parliament)$/, 'GOVERNMENT_BODY'],
];
/** Intergovernmental bodies known by short names; general knowledge, as the country list is. */
const KNOWN: [RegExp, string, OrganizationKind][] = [
  [/\bNATO\b/g, 'NATO', 'ALLIANCE'],
  [/\bEuropean Union\b/g, 'European Union', 'SUPRANATIONAL_UNION'],
  [/\bUnited Nations\b/g, 'United Nations', 'GOVERNMENT_BODY'],
  [/\bAfrican Union\b/g, 'African Union', 'SUPRANATIONAL_UNION'],
];
const NAMED =
  /\b(?:[A-Z][\p{L}-]+\s){1,3}(?:Coalition of the Willing|Treaty Organization|Defense Alliance|Contact Group|Coalition|Alliance|Union|Agency|Council|Commission)\b/gu;

/**
 * The organizations a report names: the group that met ("Ukraine's allies", "the … Coalition"),
 * bodies by name ending in a head word (Alliance, Union, Contact Group, Agency …) and a few
 * well-known bodies. The group comes first: later "the allies", "the leaders", "participants"
 * refer to it.
 */
export function findOrganizations(text: string, from = 0): { organizations: Organization[]; group?: Organization } {
  const found = new Map<string, Organization>();
  const add = (name: string, kind: OrganizationKind, start: number, confidence: number, rule: string): Organization => {
    const key = slugOf(name);
    const existing = found.get(key);
    if (existing) return existing;
    const organization = { key, name, kind, evidence: spanOf(text, start, start + name.length), confidence, rule };
    found.set(key, organization);
    return organization;
  };
  let group: Organization | undefined;
  const possessive = /\b([A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?['’]s\s(?:allies|partners|backers|supporters))\b/u.exec(text.slice(from));
  if (possessive) group = add(possessive[1] ?? '', 'COALITION', from + possessive.index, 0.7, 'possessive-allies');
  for (const match of text.matchAll(NAMED)) {
    const name = match[0].replace(/^(?:The|At|In|And|Of)\s/, '');
    const kind = HEADS.find(([head]) => head.test(name))?.[1] ?? 'COALITION';
    const organization = add(name, kind, match.index + match[0].length - name.length, 0.7, 'named-body');
    if (!group && kind === 'COALITION' && match.index < text.length / 4) group = organization;
  }
  for (const [pattern, name, kind] of KNOWN) {
    for (const match of text.matchAll(pattern)) {
      add(name, kind, match.index, 0.85, 'known-body');
      break;
    }
  }
  return { organizations: [...found.values()], ...(group ? { group } : {}) };
}
