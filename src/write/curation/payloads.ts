/** The payload mappers of the curation mutations (codegen.ts): what each mutation's result holds. */
import type { FactResult } from './fact-edits';
import type { IngestSourceResult } from './ingest-source';
import type { CurationReceipt } from './run-curation';
import type { StageChangeResult } from './stage-changes';

export type IngestSourcePayloadRow = IngestSourceResult & CurationReceipt;
export type FactPayloadRow = FactResult & CurationReceipt;
export type StageChangePayloadRow = StageChangeResult & CurationReceipt;
