import { SEED_DIR } from '../../src/write/seed/load';
import { readSourceDir } from '../../src/write/seed/read-source-dir';
import { FACT_LABELS, ISO_ALPHA2, SECTION } from '../../src/write/seed/format';
import { generateSyntheticBundles } from '../../src/synthetic/generate';
import { createRandom, SkewedPicker } from '../../src/synthetic/prng';
import { USER_ASSIGNED_ALPHA2 } from '../../src/synthetic/world';

const keysOf = (bundles: ReturnType<typeof readSourceDir>) =>
  new Set(
    bundles.flatMap((bundle) => FACT_LABELS.flatMap((label) => (bundle.facts[SECTION[label]] as { key: string }[]).map((fact) => `${label}:${fact.key}`))),
  );

describe('the synthetic generator', () => {
  it('produces the same articles and facts for the same seed, different ones for another seed', () => {
    const first = generateSyntheticBundles({ scale: 5, seed: 'same' });
    const again = generateSyntheticBundles({ scale: 5, seed: 'same' });
    const other = generateSyntheticBundles({ scale: 5, seed: 'other' });
    expect(JSON.stringify(again)).toEqual(JSON.stringify(first));
    expect(other.map((bundle) => bundle.source.sha256)).not.toEqual(first.map((bundle) => bundle.source.sha256));
  });

  it('writes facts whose every evidence quote is the article text at its offsets', () => {
    for (const bundle of generateSyntheticBundles({ scale: 10 })) {
      for (const label of FACT_LABELS) {
        for (const fact of bundle.facts[SECTION[label]] as { evidence: { start: number; end: number; quote: string }[] }[]) {
          expect(fact.evidence.length).toBeGreaterThan(0);
          for (const span of fact.evidence) expect(bundle.source.text.substring(span.start, span.end)).toBe(span.quote);
        }
      }
    }
  });

  it('covers every label of the model and never reuses a curated key', () => {
    const synthetic = generateSyntheticBundles({ scale: 20 });
    for (const label of FACT_LABELS) {
      expect(synthetic.some((bundle) => (bundle.facts[SECTION[label]] as unknown[]).length > 0)).toBe(true);
    }
    const curated = keysOf(readSourceDir(SEED_DIR));
    for (const key of keysOf(synthetic)) expect(curated.has(key)).toBe(false);
    for (const bundle of synthetic) {
      expect(bundle.source.key).toMatch(/^syn-/);
      for (const country of bundle.facts.countries) {
        expect(country.key).toMatch(ISO_ALPHA2);
        expect(USER_ASSIGNED_ALPHA2).toContain(country.key);
      }
    }
  });

  it('skews pledges: a few actors make most of them, most make few', () => {
    const pledges = new Map<string, number>();
    for (const bundle of generateSyntheticBundles({ scale: 100 })) {
      for (const commitment of bundle.facts.commitments)
        for (const ref of commitment.pledgers) {
          const key = typeof ref === 'string' ? ref : ref.ref;
          pledges.set(key, (pledges.get(key) ?? 0) + 1);
        }
    }
    const counts = [...pledges.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(100);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(median).toBeLessThan(10);
  });
});

describe('the seeded random generator', () => {
  it('repeats its sequence for a seed and skews picks toward the first items', () => {
    const a = createRandom('x');
    const b = createRandom('x');
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    const picker = new SkewedPicker(['first', 'second', 'third', 'fourth'], 1.5);
    const random = createRandom('skew');
    const drawn = Array.from({ length: 2000 }, () => picker.pick(random));
    expect(drawn.filter((item) => item === 'first').length).toBeGreaterThan(drawn.filter((item) => item === 'fourth').length * 3);
  });
});
