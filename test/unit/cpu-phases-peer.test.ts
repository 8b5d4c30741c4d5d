import { phasesOf, type CpuProfile } from '../../bench/support/cpu-phases';

const frame = (functionName: string, url: string) => ({ functionName, url, scriptId: '0', lineNumber: 0, columnNumber: 0 });

/** One sample on each leaf, 1 ms apart. */
function profileOf(leaves: { functionName: string; url: string }[]): CpuProfile {
  const nodes = [
    { id: 1, callFrame: frame('(root)', ''), children: leaves.map((_, index) => index + 2) },
    ...leaves.map((leaf, index) => ({ id: index + 2, callFrame: frame(leaf.functionName, leaf.url) })),
  ];
  const samples = [...leaves.map((_, index) => index + 2), 1];
  return { nodes, samples, timeDeltas: samples.map((_, index) => (index === 0 ? 0 : 1000)), startTime: 0, endTime: 0 };
}

describe('profiling the peer and the floor with the same phases', () => {
  it("charges @neo4j/graphql to its own phase, bench/peer to the servers' own code, and a package's src/ not to pledgegraph", () => {
    const { byPhase } = phasesOf(
      profileOf([
        { functionName: 'translateRead', url: 'file:///p/node_modules/@neo4j/graphql/dist/translate/translate-read.js' },
        { functionName: 'build', url: 'file:///p/node_modules/@neo4j/cypher-builder/dist/Cypher.js' },
        { functionName: 'handle', url: 'file:///p/bench/peer/raw-driver.ts' },
        { functionName: 'helper', url: 'file:///p/node_modules/some-package/src/index.js' },
        { functionName: 'resolve', url: 'file:///p/src/graphql/resolvers/countries.ts' },
      ]),
    );
    expect(byPhase.get('@neo4j/graphql: translation to Cypher, its resolvers (the peer only)')).toBe(2);
    expect(byPhase.get("bench/peer: the peer's and the floor's own server code")).toBe(1);
    expect(byPhase.get('other')).toBe(1);
    expect(byPhase.get('resolvers, loaders, row mapping (src/graphql, src/read other)')).toBe(1);
  });
});
