import { explorerPlugin } from '@graphiql/plugin-explorer';
import { pick, ToolbarButton, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import type { GraphQLSchema } from 'graphql';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { EvidenceView } from './evidence-view';
import { ExportView, shareLink, useCurrentRequest } from './export-view';
import { createFetcher } from './fetcher';
import { GraphView } from './graph-view';
import { nodeQuery } from './node-query';
import type { PageConfig } from './page-config';
import { readShareHash } from './share';
import { fingerprint, namespacedStorage } from './storage';
import type { IdeTab } from './tabs';

function Icon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d={path} />
    </svg>
  );
}

function OpenableGraphView({ schema }: { schema: () => GraphQLSchema | null | undefined }) {
  const { addTab } = useGraphiQLActions();
  const { queryEditor, variableEditor } = useGraphiQL(pick('queryEditor', 'variableEditor'));
  return (
    <GraphView
      onOpenNode={(id, type) => {
        addTab();
        queryEditor?.setValue(nodeQuery(schema(), type));
        variableEditor?.setValue(JSON.stringify({ id }, null, 2));
      }}
    />
  );
}

function ShareButton({ endpoint }: { endpoint: string }) {
  const current = useCurrentRequest(endpoint);
  const [copied, setCopied] = useState(false);
  return (
    <ToolbarButton
      label={copied ? 'Link copied' : 'Copy a link to this operation'}
      data-testid="share-button"
      onClick={() => {
        const link = shareLink(current());
        history.replaceState(null, '', link);
        void navigator.clipboard?.writeText(link).catch(() => undefined);
        setCopied(true);
        setTimeout(() => setCopied(false), 1_500);
      }}
    >
      <Icon path="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
    </ToolbarButton>
  );
}

const PLUGIN_PANE_FLEX = 'graphiql:docExplorerFlex';

/** GraphiQL 5 with the pledgegraph views. */
function Ide({ config, tabs, headers }: { config: PageConfig; tabs: IdeTab[]; headers?: string }) {
  const schema = useRef<GraphQLSchema | null>(null);
  const fetcher = useMemo(() => createFetcher(config.endpoint, () => schema.current), [config.endpoint]);
  const storage = useMemo(() => {
    const namespaced = namespacedStorage(fingerprint(JSON.stringify(tabs)));
    // The plugin pane (docs, graph, evidence) opens at a third of the width, not GraphiQL's quarter.
    if (namespaced.getItem(PLUGIN_PANE_FLEX) === null) namespaced.setItem(PLUGIN_PANE_FLEX, '0.5');
    return namespaced;
  }, [tabs]);
  const shared = useMemo(() => readShareHash(location.hash), []);
  const plugins = useMemo<GraphiQLPlugin[]>(
    () => [
      {
        title: 'Graph',
        icon: () => (
          <Icon path="M6 6m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M18 8m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M12 18m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M8 6.5l8 1.2M7 7.6l4 8.6M17 9.8l-4 6.5" />
        ),
        content: () => <OpenableGraphView schema={() => schema.current} />,
      },
      {
        title: 'Evidence',
        icon: () => <Icon path="M5 4h10l4 4v12H5zM8 11h8M8 14h8M8 17h5M10 11h4" />,
        content: () => <EvidenceView endpoint={config.endpoint} />,
      },
      { title: 'Export & share', icon: () => <Icon path="M12 3v12M7 10l5 5 5-5M5 21h14" />, content: () => <ExportView endpoint={config.endpoint} /> },
      explorerPlugin({ showAttribution: false }),
      HISTORY_PLUGIN,
    ],
    [config.endpoint],
  );
  // A shared operation opens first; an example it repeats is not listed twice.
  const defaultTabs = shared ? [shared, ...tabs.filter((tab) => tab.query !== shared.query || (tab.variables ?? '') !== (shared.variables ?? ''))] : tabs;
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={plugins}
      visiblePlugin="Documentation Explorer"
      defaultTabs={defaultTabs.length ? defaultTabs : undefined}
      initialQuery={shared?.query}
      initialVariables={shared?.variables}
      defaultHeaders={headers}
      initialHeaders={headers}
      storage={storage}
      defaultEditorToolsVisibility={tabs.some((tab) => tab.variables) ? true : 'headers'}
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
      onSchemaChange={(next) => {
        schema.current = next;
      }}
    >
      <GraphiQL.Logo>pledgegraph</GraphiQL.Logo>
      <GraphiQL.Toolbar>
        {({ prettify, copy, merge }) => (
          <>
            {prettify}
            {merge}
            {copy}
            <ShareButton endpoint={config.endpoint} />
          </>
        )}
      </GraphiQL.Toolbar>
    </GraphiQL>
  );
}

/** REQUIRE_KEY_FOR_READS: nothing of the API (examples, schema) until a key is given. */
function KeyGate({ config, onOpen }: { config: PageConfig; onOpen(tabs: IdeTab[], headers: string): void }) {
  const [problem, setProblem] = useState<string | undefined>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const key = String(new FormData(event.currentTarget).get('key') ?? '').trim();
    const response = await fetch(config.tabsUrl, { headers: { authorization: `Bearer ${key}` } });
    const body = (await response.json()) as { tabs?: IdeTab[]; error?: { message: string } };
    if (!response.ok || !body.tabs) return setProblem(body.error?.message ?? `HTTP ${response.status}`);
    onOpen(body.tabs, JSON.stringify({ Authorization: `Bearer ${key}` }, null, 2));
  };
  return (
    <form className="pg-gate" onSubmit={(event) => void submit(event)}>
      <h1>pledgegraph</h1>
      <p>This API requires an API key for every request, reads included.</p>
      <label>
        API key <input name="key" type="password" autoComplete="off" placeholder="pgk_…" required data-testid="api-key" />
      </label>
      <button type="submit" className="graphiql-button">
        Open the IDE
      </button>
      {problem && (
        <p className="pg-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

export function Workbench({ config }: { config: PageConfig }) {
  const [opened, setOpened] = useState<{ tabs: IdeTab[]; headers?: string } | undefined>(config.requireKey ? undefined : { tabs: config.tabs });
  if (!opened) return <KeyGate config={config} onOpen={(tabs, headers) => setOpened({ tabs, headers })} />;
  return <Ide config={config} tabs={opened.tabs} headers={opened.headers} />;
}
