/** Kept for the write side's imports; the read compiler is ./compile.ts. */
export { pageParams, type CypherQuery } from './compile';
