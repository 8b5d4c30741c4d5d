import type { IdeTab } from './tabs';

/** What the server writes into the page (`<script id="ide-config" type="application/json">`). */
export interface PageConfig {
  endpoint: string;
  tabs: IdeTab[];
  /** Monaco's workers by label, hashed URLs on this origin. */
  workers: Record<string, string>;
  /** REQUIRE_KEY_FOR_READS: the example tabs come from `tabsUrl` once a key is given. */
  requireKey: boolean;
  tabsUrl: string;
}

export function readPageConfig(doc: Document): PageConfig {
  const element = doc.getElementById('ide-config');
  if (!element?.textContent) throw new Error('The page carries no #ide-config.');
  return JSON.parse(element.textContent) as PageConfig;
}
