import type { Span } from '../write/seed/format';

type Fact = { key: string; evidence: Span[] } & Record<string, unknown>;

/** The facts of one synthetic article, section by section, gathered as the text is written. */
export class FactSheet {
  private readonly sections = new Map<string, Map<string, Fact>>();

  /** Declares a fact (its properties are set once, by the first declaration) and adds evidence. */
  declare(section: string, props: { key: string } & Record<string, unknown>, span: Span): Fact {
    let facts = this.sections.get(section);
    if (!facts) this.sections.set(section, (facts = new Map<string, Fact>()));
    let fact = facts.get(props.key);
    if (!fact) facts.set(props.key, (fact = { ...props, evidence: [] }));
    if (!fact.evidence.some((known) => known.start === span.start && known.end === span.end) && fact.evidence.length < 3) {
      fact.evidence.push(span);
    }
    return fact;
  }

  has(section: string, key: string): boolean {
    return this.sections.get(section)?.has(key) ?? false;
  }

  /** Adds references to a list field, skipping ones already there. */
  extend(section: string, key: string, field: string, refs: readonly string[]): void {
    const fact = this.sections.get(section)?.get(key);
    if (!fact) throw new Error(`no ${section} ${key} declared`);
    const list = (fact[field] ??= []) as string[];
    for (const ref of refs) if (!list.includes(ref)) list.push(ref);
  }

  toObject(): Record<string, Fact[]> {
    return Object.fromEntries([...this.sections].map(([section, facts]) => [section, [...facts.values()]]));
  }
}
