import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/project-root';

/** The packages a fresh Node process holds once it has loaded `entry` (through tsx, as the bench runs it). */
function packagesLoadedBy(entry: string): string[] {
  const script = `require(${JSON.stringify(entry)}); process.stdout.write(JSON.stringify(Object.keys(require.cache)))`;
  const files = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8' })) as string[];
  return [...new Set(files.map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]).filter((name): name is string => name !== undefined))];
}

describe('what is off is not loaded', () => {
  it('loading the server (and with it src/observability) loads neither the OpenTelemetry SDK and exporters nor prom-client', () => {
    const loaded = packagesLoadedBy('./src/server');
    expect(loaded).toContain('@apollo/server');
    expect(loaded).toContain('@opentelemetry/api');
    expect(loaded.filter((name) => /^@opentelemetry\/(sdk-|exporter-|otlp-|resources)|^prom-client$/.test(name))).toEqual([]);
  });
});
