import { inAuditOrder } from '../../src/backup/graph-backup';
import type { NodeRecord } from '../../src/backup/backup-repository';

const event = (seq: number | undefined, at: string, id: string) =>
  ({ label: 'AuditEvent', props: { ...(seq === undefined ? {} : { seq }), at, id } }) as unknown as NodeRecord;

describe('the audit trail is exported in the order it was written', () => {
  it('orders by the audit sequence, not by a clock two writes can share or by a random id', () => {
    const sameTick = '2026-12-02T01:10:00.123Z';
    const written = [event(1, sameTick, 'f0'), event(2, sameTick, 'a9'), event(3, sameTick, '55'), event(10, '2026-12-02T01:10:00.124Z', '00')];
    expect([...written].reverse().sort(inAuditOrder)).toEqual(written);
  });

  it('falls back to time, then id, for events written before the sequence existed', () => {
    const older = [event(undefined, '2026-11-01T00:00:00Z', 'b'), event(undefined, '2026-11-02T00:00:00Z', 'a'), event(1, '2026-12-01T00:00:00Z', 'c')];
    expect([...older].reverse().sort(inAuditOrder)).toEqual(older);
  });
});
