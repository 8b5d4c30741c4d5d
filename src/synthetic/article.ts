import { BINDINGNESS, COMMITMENT_STAGES, type Span } from '../write/seed/format';
import { FactSheet } from './fact-sheet';
import type { Random } from './prng';
import { TextBuilder, listPieces } from './text-builder';
import type { SynActor, SynCondition, SynCountry, SynNamed, SynOrganization, SynPerson, SyntheticWorld } from './world';

type Piece = string | { mark: string; text: string };
type Stage = (typeof COMMITMENT_STAGES)[number];
type Bindingness = (typeof BINDINGNESS)[number];

/** One generated article: its text and its facts, in the facts.yaml shape (before validation). */
export interface SyntheticArticle {
  source: { key: string; title: string; publisher: string; dateline: string };
  text: string;
  facts: Record<string, unknown>;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = ['security guarantees', 'long-term military support', 'post-war reconstruction', 'air and maritime protection', 'border security'];
const PRIORITY_TITLES = [
  'ceasefire monitoring',
  'support for the armed forces',
  'multinational deployment',
  'a response to renewed attacks',
  'long-term defense cooperation',
  'energy security',
  'demining of farmland',
  'reconstruction financing',
  'air defense coverage',
  'protection of shipping lanes',
];
const STAGE_WORDS: Record<Stage, string> = {
  PROPOSED: 'proposed to provide',
  AGREED_IN_PRINCIPLE: 'agreed in principle to provide',
  AWAITING_APPROVAL: 'agreed, pending approval, to provide',
  RATIFIED: 'ratified an agreement to provide',
  IN_FORCE: 'are providing, under an agreement in force,',
  DELIVERED: 'have delivered',
};
const STAGE_WEIGHTS: [Stage, number][] = [
  ['PROPOSED', 3],
  ['AGREED_IN_PRINCIPLE', 4],
  ['AWAITING_APPROVAL', 2],
  ['RATIFIED', 1],
  ['IN_FORCE', 1],
  ['DELIVERED', 1],
];
const BINDING_WORDS: Record<Bindingness, string> = { BINDING: ' under a binding treaty', NON_BINDING: ' in a non-binding declaration', UNDISCLOSED: '' };

function weighted<T>(random: Random, options: readonly [T, number][]): T {
  let target = random.next() * options.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of options) if ((target -= weight) < 0) return value;
  return (options[options.length - 1] as [T, number])[0];
}

/**
 * Writes synthetic article number `index` (1-based): a report of one meeting, shaped like the
 * Paris article (an event, its attendees, speakers and their offices, agreed priorities, pledges
 * with their capabilities, domains and conditions, who leads which domain, stated positions, open
 * questions, risks and the publisher's assessments). Every fact's evidence is a span of the text
 * written for it, so each quote is exactly the text at its offsets.
 */
export function generateArticle(world: SyntheticWorld, index: number, random: Random): SyntheticArticle {
  const prefix = `syn-${index}`;
  const text = new TextBuilder();
  const sheet = new FactSheet();
  const mentions = new Map<string, { section: string; props: { key: string } & Record<string, unknown> }>();
  const introduced = new Set<string>();
  let statements = 0;

  const country = (c: SynCountry): Piece => {
    mentions.set(c.ref, { section: 'countries', props: { key: c.key, name: c.name } });
    return { mark: c.ref, text: c.name };
  };
  const organization = (o: SynOrganization): Piece => {
    mentions.set(o.ref, { section: 'organizations', props: { key: o.key, name: o.name, kind: o.kind, members: [] } });
    return { mark: o.ref, text: `the ${o.name}` };
  };
  const actor = (a: SynActor): Piece => ('kind' in a ? organization(a) : country(a));
  const named = (section: string, n: SynNamed): Piece => {
    mentions.set(n.ref, { section, props: { key: n.key, name: n.name } });
    return { mark: n.ref, text: n.name };
  };
  const condition = (c: SynCondition): Piece => {
    mentions.set(c.ref, { section: 'conditions', props: { key: c.key, kind: c.kind, description: c.description } });
    return { mark: c.ref, text: c.description };
  };
  const say = (pieces: readonly Piece[]): { span: Span; marks: Map<string, Span> } => {
    const written = text.sentence(pieces);
    text.write(' ');
    for (const [ref, span] of written.marks) {
      const mention = mentions.get(ref);
      if (mention) sheet.declare(mention.section, mention.props, span);
    }
    return written;
  };
  const capitalize = (pieces: Piece[]): Piece[] => {
    const [first, ...rest] = pieces;
    if (typeof first === 'string') return [first.charAt(0).toUpperCase() + first.slice(1), ...rest];
    if (first) return [{ ...first, text: first.text.charAt(0).toUpperCase() + first.text.slice(1) }, ...rest];
    return pieces;
  };

  const introduce = (person: SynPerson): void => {
    if (introduced.has(person.key)) return;
    introduced.add(person.key);
    mentions.set(person.ref, { section: 'people', props: { key: person.key, name: person.name } });
    const { span } = say([`${person.role.title} `, { mark: person.ref, text: person.name }, ' of ', actor(person.role.of), ' attended the talks.']);
    sheet.declare('roles', { key: person.role.key, title: person.role.title, holder: person.ref, of: person.role.of.ref }, span);
    // Someone of an attending actor who "attended the talks" is a delegate the article names.
    const delegation = delegationKey(person.role.of);
    if (sheet.has('delegations', delegation)) {
      sheet.extend('delegations', delegation, 'delegates', [person.ref]);
      sheet.declare('delegations', { key: delegation }, span);
    }
  };
  const delegationKey = (a: SynActor): string => `${prefix}-delegation-${a.key.toLowerCase()}`;
  const statement = (props: { kind: string; speaker: string; text: string; about: string[]; event?: string }, span: Span): void => {
    statements += 1;
    sheet.declare('statements', { key: `${prefix}-statement-${statements}`, ...props }, span);
  };

  // The meeting.
  const city = random.pick(world.cities);
  const weekday = random.pick(WEEKDAYS);
  const topic = random.pick(TOPICS);
  const wire = random.pick(world.newsAgencies);
  const host = world.hosts.pick(random);
  const beneficiary = world.beneficiaries.pick(random);
  const eventKey = `${prefix}-meeting`;
  const eventRef = `event:${eventKey}`;
  const attendingCountries = world.attendingCountries.sample(random, random.int(2, 5));
  const attendingOrganizations = world.attendingOrganizations.sample(random, random.int(1, 2)).filter((o) => o !== host);
  const participantCount = random.int(12, 60);
  const heads = random.int(4, participantCount - 2);

  text.write(`${city.toUpperCase()} (`);
  sheet.declare('organizations', { key: wire.key, name: wire.name, kind: wire.kind, members: [] }, text.write(wire.name));
  text.write(') — ');
  const opening = say(capitalize([organization(host), ` agreed ${weekday} on a framework of ${topic} for `, country(beneficiary), '.']));
  const meeting = say([
    `At a meeting in ${city}, delegations from `,
    ...listPieces(attendingCountries, country),
    ...(attendingOrganizations.length > 0 ? [' joined officials of ', ...listPieces(attendingOrganizations, organization)] : [' met']),
    ` to discuss ${topic}.`,
  ]);
  const attendance = say([`Officials said ${participantCount} participants, including ${heads} heads of state and government, attended in person.`]);
  sheet.declare(
    'events',
    {
      key: eventKey,
      name: `${city} meeting on ${topic}`,
      place: city,
      dateText: weekday,
      attendedBy: [host.ref, ...attendingCountries.map((c) => c.ref), ...attendingOrganizations.map((o) => o.ref)],
      participantCount,
      headsOfStateAndGovernmentCount: heads,
    },
    opening.span,
  );
  sheet.declare('events', { key: eventKey }, meeting.span);
  sheet.declare('events', { key: eventKey }, attendance.span);
  // One delegation per attending country ("delegations from …") and organization ("officials of …"): no size given, none named yet.
  for (const attending of attendingCountries) {
    sheet.declare(
      'delegations',
      { key: delegationKey(attending), event: eventRef, actor: attending.ref, delegates: [], delegatesDisclosed: false },
      meeting.span,
    );
  }
  for (const attending of attendingOrganizations) {
    sheet.declare(
      'delegations',
      { key: delegationKey(attending), event: eventRef, actor: attending.ref, level: 'officials', delegates: [], delegatesDisclosed: false },
      meeting.span,
    );
  }
  statement(
    {
      kind: 'PARAPHRASE',
      speaker: host.ref,
      event: eventRef,
      text: `${participantCount} participants, including ${heads} heads of state and government, attended in person`,
      about: [eventRef],
    },
    attendance.span,
  );

  for (const organizationAttending of attendingOrganizations.filter((o) => o.members.length > 0)) {
    const members = random.sample(organizationAttending.members, Math.min(3, organizationAttending.members.length));
    say(capitalize([organization(organizationAttending), ', whose members include ', ...listPieces(members, country), ', sent observers.']));
    sheet.extend(
      'organizations',
      organizationAttending.key,
      'members',
      members.map((m) => m.ref),
    );
  }

  const speakers = world.speakers.sample(random, random.int(2, 5));
  speakers.forEach(introduce);

  // Priorities.
  const priorityTitles = random.sample(PRIORITY_TITLES, random.int(3, 5));
  const priorityPieces: Piece[] = [`${priorityTitles.length} priorities: `];
  priorityTitles.forEach((title, i) => {
    if (i > 0) priorityPieces.push(i === priorityTitles.length - 1 ? '; and ' : '; ');
    priorityPieces.push({ mark: `priority:${prefix}-priority-${i + 1}`, text: title });
  });
  const priorities = say(['Participants agreed on ', ...priorityPieces, '.']);
  const priorityRefs = priorityTitles.map((title, i) => {
    const key = `${prefix}-priority-${i + 1}`;
    sheet.declare('priorities', { key, order: i + 1, title, event: eventRef }, priorities.marks.get(`priority:${key}`) as Span);
    return `priority:${key}`;
  });
  statement(
    {
      kind: 'JOINT_STATEMENT',
      speaker: host.ref,
      event: eventRef,
      text: priorities.span.quote.slice('Participants agreed on '.length, -1),
      about: priorityRefs,
    },
    priorities.span,
  );

  // Pledges.
  const commitmentRefs: string[] = [];
  const commitmentCount = random.int(5, 13);
  for (let c = 1; c <= commitmentCount; c++) {
    const key = `${prefix}-commitment-${c}`;
    const ref = `commitment:${key}`;
    const disclosed = random.chance(0.85);
    const pledgers = disclosed
      ? world.pledgers.sample(
          random,
          weighted(random, [
            [1, 6],
            [2, 3],
            [3, 1],
          ]),
        )
      : [];
    const toWhom = random.chance(0.9) ? beneficiary : null;
    const capabilities = random.sample(world.capabilities, random.int(1, 3));
    const domains = random.sample(
      world.domains,
      weighted(random, [
        [0, 3],
        [1, 4],
        [2, 2],
      ]),
    );
    const conditions = random.sample(
      world.conditions,
      weighted(random, [
        [0, 2],
        [1, 3],
        [2, 3],
        [3, 1],
      ]),
    );
    const serves = random.sample(priorityRefs, random.int(0, 2));
    const stage = weighted(random, STAGE_WEIGHTS);
    const bindingness = weighted<Bindingness>(random, [
      ['NON_BINDING', 5],
      ['BINDING', 2],
      ['UNDISCLOSED', 2],
    ]);
    const pieces: Piece[] = [
      ...(disclosed ? capitalize(listPieces(pledgers, actor)) : ['Partners who were not named']),
      ` ${STAGE_WORDS[stage]} `,
      ...listPieces(capabilities, (cap) => named('capabilities', cap)),
      ...(toWhom ? [' to ', country(toWhom)] : []),
      ...(domains.length > 0 ? [' for the ', ...listPieces(domains, (d) => named('domains', d)), ` domain${domains.length > 1 ? 's' : ''}`] : []),
      BINDING_WORDS[bindingness],
      ...(conditions.length > 0 ? [', ', ...listPieces(conditions, condition)] : []),
      '.',
    ];
    const { span } = say(pieces);
    sheet.declare(
      'commitments',
      {
        key,
        summary: span.quote.slice(0, -1),
        pledgers: pledgers.map((p) => p.ref),
        pledgersDisclosed: disclosed,
        beneficiary: toWhom?.ref ?? null,
        capabilities: capabilities.map((cap) => cap.ref),
        domains: domains.map((d) => d.ref),
        conditions: conditions.map((cond) => cond.ref),
        priorities: serves,
        stage,
        bindingness,
        ...(random.chance(0.7) ? { event: eventRef } : {}),
      },
      span,
    );
    commitmentRefs.push(ref);

    if (random.chance(0.6)) {
      const speaker = world.speakers.pick(random);
      introduce(speaker);
      const words = `the pledge of ${capabilities[0]?.name ?? 'support'} would be honored`;
      if (random.chance(0.5)) {
        const quoted = words.charAt(0).toUpperCase() + words.slice(1);
        const said = say([`“${quoted},” ${speaker.name} said.`]);
        statement({ kind: 'DIRECT_QUOTE', speaker: speaker.ref, event: eventRef, text: quoted, about: [ref] }, said.span);
      } else {
        const said = say([`${speaker.name} said ${words}.`]);
        statement({ kind: 'PARAPHRASE', speaker: speaker.ref, text: words, about: [ref] }, said.span);
      }
    }
  }

  // Who leads which domain: named, or determined but not disclosed.
  for (const domain of random.sample(world.domains, random.int(1, 3))) {
    const key = `${prefix}-leadership-${domain.name}`;
    const ref = `domain-leadership:${key}`;
    const speaker = random.pick(speakers);
    if (random.chance(0.6)) {
      const leads = world.pledgers.sample(random, random.int(1, 2));
      const conditions = random.sample(world.conditions, random.int(0, 1));
      const { span } = say([
        ...capitalize(listPieces(leads, actor)),
        ` will lead on `,
        named('domains', domain),
        ...(conditions.length > 0 ? [', ', ...listPieces(conditions, condition)] : []),
        '.',
      ]);
      sheet.declare(
        'domainLeaderships',
        { key, domain: domain.ref, leads: leads.map((l) => l.ref), determined: true, disclosed: true, conditions: conditions.map((c) => c.ref) },
        span,
      );
    } else {
      const words = `it had been determined which countries would lead on ${domain.name}`;
      const { span } = say([
        `${speaker.name} said `,
        'it had been determined which countries would lead on ',
        named('domains', domain),
        ', but did not name them.',
      ]);
      sheet.declare('domainLeaderships', { key, domain: domain.ref, leads: [], determined: true, disclosed: false, conditions: [] }, span);
      statement({ kind: 'PARAPHRASE', speaker: speaker.ref, text: words, about: [ref] }, span);
      sheet.declare(
        'openQuestions',
        { key: `${prefix}-question-leads-${domain.name}`, question: `which countries will lead on ${domain.name}`, about: [ref], raisedBy: wire.ref },
        span,
      );
    }
  }

  // Positions.
  for (let p = 1; p <= random.int(1, 3); p++) {
    const holder = world.attendingCountries.pick(random);
    const about = random.pick(commitmentRefs);
    const cond = random.pick(world.conditions);
    const stance = `its pledges apply only ${cond.description}`;
    const { span } = say([country(holder), ' insists that its pledges apply only ', condition(cond), '.']);
    const key = `${prefix}-position-${p}`;
    sheet.declare('positions', { key, holder: holder.ref, stance, about: [about, cond.ref] }, span);
    statement({ kind: 'PARAPHRASE', speaker: holder.ref, text: stance, about: [`position:${key}`] }, span);
  }

  // Open questions.
  for (let q = 1; q <= random.int(2, 5); q++) {
    const about = random.pick(commitmentRefs);
    const asker = random.chance(0.5) ? random.pick(speakers) : undefined;
    const question = random.pick([
      `how the ${random.pick(world.capabilities).name} would be funded`,
      `who would command the forces`,
      `when the first deliveries would arrive`,
      `how many troops each partner would send`,
    ]);
    const { span } = say(asker ? [`${asker.name} said it remains unclear ${question}.`] : [`It remains unclear ${question}.`]);
    sheet.declare('openQuestions', { key: `${prefix}-question-${q}`, question, about: [about], ...(asker ? { raisedBy: asker.ref } : {}) }, span);
  }

  // Risks and the publisher's assessments.
  for (let r = 1; r <= random.int(1, 3); r++) {
    const threatened = random.sample(commitmentRefs, random.int(1, 3));
    const description = random.pick([
      'delays in approval could leave the promises unfulfilled',
      'unresolved funding could weaken these pledges',
      'deterrence may remain theoretical while the war continues',
      'a ceasefire without firm guarantees could allow the aggressor to regroup',
    ]);
    const { span } = say([`${wire.name} analysts judge that ${description}, leaving `, country(beneficiary), ' exposed.']);
    const key = `${prefix}-risk-${r}`;
    sheet.declare('risks', { key, description, threatens: [beneficiary.ref, ...threatened] }, span);
    statement({ kind: 'ASSESSMENT', speaker: wire.ref, text: description, about: [`risk:${key}`] }, span);
  }

  return {
    source: { key: `syn-source-${index}`, title: `Synthetic report ${index} (generated test data, not a real article)`, publisher: wire.name, dateline: city },
    text: text.text.trimEnd(),
    facts: sheet.toObject(),
  };
}
