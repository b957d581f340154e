import { freezeWindowSchema, type FreezeWindow } from '../../../src/core/config/gate-schema';
import { evaluateFreeze } from '../../../src/core/gate/freeze';

const window = (w: unknown): FreezeWindow => freezeWindowSchema.parse(w);
/** Friday 16:00 to Monday 08:00, Berlin time (in winter: Friday 15:00Z to Monday 07:00Z). */
const WEEKEND = window({ cron: '0 16 * * 5', duration: '64h', timezone: 'Europe/Berlin', reason: 'weekend' });
const HOLIDAYS = window({ from: '2026-12-20T00:00:00Z', to: '2027-01-04T00:00:00Z', reason: 'holidays' });

const openAt = (windows: FreezeWindow[], iso: string) => evaluateFreeze(windows, new Date(iso)).open.map((w) => w.reason ?? w.description);

describe('recurring windows (cron in a time zone, elapsed duration)', () => {
  it.each([
    ['2026-12-04T14:59:59Z', []], // Friday 15:59:59 Berlin
    ['2026-12-04T15:00:00Z', ['weekend']], // Friday 16:00 Berlin: the window opens
    ['2026-12-06T12:00:00Z', ['weekend']], // Sunday
    ['2026-12-07T06:59:59Z', ['weekend']], // Monday 07:59:59 Berlin
    ['2026-12-07T07:00:00Z', []], // Monday 08:00 Berlin: it closed
    ['2026-12-09T12:00:00Z', []], // Wednesday
  ])('in winter (CET, UTC+1), at %s the open windows are %j', (iso, expected) => {
    expect(openAt([WEEKEND], iso)).toEqual(expected);
  });

  it('opens at 16:00 Berlin time in summer too (CEST, UTC+2): 14:00Z, not 15:00Z', () => {
    expect(openAt([WEEKEND], '2026-07-03T13:59:59Z')).toEqual([]);
    expect(openAt([WEEKEND], '2026-07-03T14:00:00Z')).toEqual(['weekend']);
    expect(openAt([WEEKEND], '2026-07-06T05:59:59Z')).toEqual(['weekend']);
    expect(openAt([WEEKEND], '2026-07-06T06:00:00Z')).toEqual([]);
  });

  it('lasts 64 elapsed hours across the spring DST change: Monday 09:00 local, the clocks having moved forward that Sunday', () => {
    // Friday 2027-03-26 16:00 CET = 15:00Z; DST starts Sunday 2027-03-28; 64h later is Monday 07:00Z = 09:00 CEST.
    const result = evaluateFreeze([WEEKEND], new Date('2027-03-29T06:30:00Z'));
    expect(result.open).toHaveLength(1);
    expect(result.open[0].start.toISOString()).toBe('2027-03-26T15:00:00.000Z');
    expect(result.open[0].end.toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(openAt([WEEKEND], '2027-03-29T07:00:00Z')).toEqual([]);
  });

  it('lasts 64 elapsed hours across the autumn DST change: Monday 07:00 local', () => {
    // Friday 2026-10-23 16:00 CEST = 14:00Z; DST ends Sunday 2026-10-25; 64h later is Monday 06:00Z = 07:00 CET.
    const result = evaluateFreeze([WEEKEND], new Date('2026-10-26T05:59:00Z'));
    expect(result.open.map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([['2026-10-23T14:00:00.000Z', '2026-10-26T06:00:00.000Z']]);
    expect(openAt([WEEKEND], '2026-10-26T06:00:00Z')).toEqual([]);
  });

  it('reads the pattern in its own time zone: the same cron in UTC and in America/New_York opens hours apart', () => {
    const utc = window({ cron: '0 9 * * *', duration: '1h' });
    const ny = window({ cron: '0 9 * * *', duration: '1h', timezone: 'America/New_York', reason: 'ny' });
    expect(openAt([utc], '2026-12-09T09:30:00Z')).toHaveLength(1);
    expect(openAt([ny], '2026-12-09T09:30:00Z')).toEqual([]);
    expect(openAt([ny], '2026-12-09T14:30:00Z')).toEqual(['ny']); // 09:30 EST
  });

  it('names the next window to open when none is open', () => {
    const result = evaluateFreeze([WEEKEND, HOLIDAYS], new Date('2026-12-09T12:00:00Z'));
    expect(result.open).toEqual([]);
    expect(result.nextStart?.at.toISOString()).toBe('2026-12-11T15:00:00.000Z');
  });
});

describe('dated windows', () => {
  it('run from "from" (inclusive) to "to" (exclusive)', () => {
    expect(openAt([HOLIDAYS], '2026-12-19T23:59:59Z')).toEqual([]);
    expect(openAt([HOLIDAYS], '2026-12-20T00:00:00Z')).toEqual(['holidays']);
    expect(openAt([HOLIDAYS], '2027-01-03T23:59:59Z')).toEqual(['holidays']);
    expect(openAt([HOLIDAYS], '2027-01-04T00:00:00Z')).toEqual([]);
  });

  it('take offsets: 01:00+01:00 is midnight UTC', () => {
    const w = window({ from: '2026-12-20T01:00:00+01:00', to: '2026-12-21T01:00:00+01:00' });
    expect(openAt([w], '2026-12-19T23:59:59Z')).toEqual([]);
    expect(openAt([w], '2026-12-20T00:00:00Z')).toHaveLength(1);
  });

  it('overlapping windows are all listed', () => {
    expect(openAt([WEEKEND, HOLIDAYS], '2026-12-26T12:00:00Z')).toEqual(['weekend', 'holidays']);
  });
});

describe('the schema refuses windows that mean nothing', () => {
  it.each([
    [{ cron: '0 16 * * 8', duration: '64h' }, /dayOfWeek/],
    [{ cron: '0 16 * * 5', duration: '64h', timezone: 'Europe/Berln' }, /IANA time zone/],
    [{ cron: '0 16 * * 5', duration: 'a weekend' }, /duration/],
    [{ from: '2026-12-20', to: '2027-01-04T00:00:00Z' }, /offset/],
    [{ from: '2027-01-04T00:00:00Z', to: '2026-12-20T00:00:00Z' }, /after "from"/],
  ])('%j', (w, message) => {
    const result = freezeWindowSchema.safeParse(w);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('; ')).toMatch(message);
  });
});
