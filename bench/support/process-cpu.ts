import fs from 'node:fs';

/** User + system CPU a process has used so far, in ms, from /proc (which counts 10 ms ticks). */
export function processCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
