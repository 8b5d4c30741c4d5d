import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { readPageConfig } from './page-config';
import { Workbench } from './workbench';
import './workbench.css';

const config = readPageConfig(document);

// Monaco asks for a worker per language; all of them are bundled and served by this server.
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return new Worker(config.workers[label] ?? config.workers.editor!);
  },
};

createRoot(document.getElementById('graphiql')!).render(<Workbench config={config} />);
