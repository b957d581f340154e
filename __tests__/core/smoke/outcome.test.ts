import fs from 'node:fs';
import path from 'node:path';
import {
  applyExpectedFailures,
  applyProtocolHygiene,
  PROTOCOL_HYGIENE_CHECKS,
  summarize,
  targetPassed,
  unknownExpectedFailures,
} from '../../../src/core/smoke/outcome';
import { SMOKE_REPORT_SCHEMA_ID, smokeReportSchema, type SmokeCheck, type SmokeReport, type TargetReport } from '../../../src/core/smoke/report-schema';

const check = (id: string, status: SmokeCheck['status'], message = `${id} message`): SmokeCheck => ({ id, status, message });

/** A target whose verdict follows its checks, as run-smoke decides it. */
function target(service: string, checks: SmokeCheck[]): TargetReport {
  return { service, transport: 'stdio', endpoint: `node ${service}.js`, passed: targetPassed(checks), durationMs: 10, attempts: 1, checks };
}

/** A whole report around targets, checked against the report schema so the fixture cannot drift from it. */
function report(targets: TargetReport[]): SmokeReport {
  const summary = summarize(targets);
  return smokeReportSchema.parse({
    schema: SMOKE_REPORT_SCHEMA_ID,
    tool: { name: 'stackgate', version: '0.1.0' },
    environment: 'staging',
    commit: null,
    generatedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 100,
    passed: summary.failedTargets === 0,
    summary,
    targets,
  } satisfies SmokeReport);
}

describe('applyExpectedFailures', () => {
  const checks = [
    check('initialize', 'pass', 'protocol 2025-06-18'),
    check('call:fetch', 'fail', 'returned isError: true ("boom")'),
    check('session-unknown', 'fail', 'got 400, expected 404'),
  ];

  it('turns a listed failing check into a visible expected failure', () => {
    const out = applyExpectedFailures(checks, ['call:fetch']);
    expect(out[1]).toEqual({ id: 'call:fetch', status: 'expected-failure', message: 'returned isError: true ("boom") (expected failure)' });
  });

  it('leaves failing checks that are not listed failing', () => {
    expect(applyExpectedFailures(checks, ['call:fetch'])[2]).toEqual(checks[2]);
  });

  it('warns about a listed check that passes, asking to remove it from the list', () => {
    const out = applyExpectedFailures(checks, ['initialize']);
    expect(out[0].status).toBe('warn');
    expect(out[0].message).toBe('protocol 2025-06-18; it is listed in expectedFailures but passed: remove it from the list');
  });

  it('leaves listed warnings and skipped checks as they are', () => {
    const other = [check('latency', 'warn'), check('health', 'skipped')];
    expect(applyExpectedFailures(other, ['latency', 'health'])).toEqual(other);
  });

  it('keeps the order and the other fields of the checks, and does not change its input', () => {
    const timed: SmokeCheck[] = [{ id: 'ping', status: 'fail', message: 'timeout', durationMs: 12 }];
    const out = applyExpectedFailures(timed, ['ping']);
    expect(out).toEqual([{ id: 'ping', status: 'expected-failure', message: 'timeout (expected failure)', durationMs: 12 }]);
    expect(timed[0].status).toBe('fail');
  });

  it('changes nothing without a list', () => {
    expect(applyExpectedFailures(checks, [])).toEqual(checks);
  });

  it('makes a target pass whose only failures are expected', () => {
    expect(targetPassed(checks)).toBe(false);
    expect(targetPassed(applyExpectedFailures(checks, ['call:fetch']))).toBe(false);
    expect(targetPassed(applyExpectedFailures(checks, ['call:fetch', 'session-unknown']))).toBe(true);
  });
});

describe('applyProtocolHygiene', () => {
  const checks = [
    check('ping', 'fail', 'ping failed: no answer before the timeout'),
    check('call:fetch', 'fail', 'returned isError: true'),
    check('session-unknown', 'fail', 'got HTTP 400, the specification requires 404'),
    { ...check('session-close', 'fail', 'DELETE of the session answered HTTP 500'), durationMs: 7 },
    check('tool-schemas', 'pass'),
  ];

  it('docs/smoke.md lists exactly the protocol-hygiene checks, and marks them in the table of checks', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../../docs/smoke.md'), 'utf8');
    const section = /^### Protocol hygiene and `strict`\n([\s\S]*?)^#/m.exec(doc)?.[1] ?? '';
    const listed = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual([...PROTOCOL_HYGIENE_CHECKS]);
    const marked = [...doc.matchAll(/^\| `([^`]+)` \(protocol hygiene\) \|/gm)].map((m) => m[1]);
    expect(marked).toEqual([...PROTOCOL_HYGIENE_CHECKS]);
  });

  it('without strict, a failing session check is a warning that says why; functional failures stay failures', () => {
    const out = applyProtocolHygiene(checks, false);
    expect(out.map((c) => [c.id, c.status])).toEqual([
      ['ping', 'fail'],
      ['call:fetch', 'fail'],
      ['session-unknown', 'warn'],
      ['session-close', 'warn'],
      ['tool-schemas', 'pass'],
    ]);
    expect(out[2].message).toBe('got HTTP 400, the specification requires 404; protocol hygiene: a warning, a failure with strict');
    expect(out[3]).toEqual({
      id: 'session-close',
      status: 'warn',
      message: 'DELETE of the session answered HTTP 500; protocol hygiene: a warning, a failure with strict',
      durationMs: 7,
    });
    expect(checks[2].status).toBe('fail');
  });

  it('with strict, every failure stays a failure', () => {
    expect(applyProtocolHygiene(checks, true)).toEqual(checks);
  });

  it('decides the verdict: a target whose only failures are session checks passes without strict, with its warnings counted', () => {
    const session = [check('initialize', 'pass'), check('session-unknown', 'fail', 'got HTTP 400')];
    expect(targetPassed(applyProtocolHygiene(session, true))).toBe(false);
    const relaxed = applyProtocolHygiene(session, false);
    expect(targetPassed(relaxed)).toBe(true);
    expect(report([target('api', relaxed)]).summary).toMatchObject({ failedChecks: 0, warnings: 1, passedTargets: 1 });
  });

  it('after applyExpectedFailures, a listed session check is an expected failure with or without strict, and a listed one that passed still warns', () => {
    const listed = applyExpectedFailures(
      [check('session-unknown', 'fail', 'got HTTP 400'), check('session-close', 'pass', 'ended')],
      ['session-unknown', 'session-close'],
    );
    for (const strict of [false, true]) {
      const out = applyProtocolHygiene(listed, strict);
      expect(out.map((c) => c.status)).toEqual(['expected-failure', 'warn']);
      expect(out[1].message).toMatch(/listed in expectedFailures but passed/);
    }
  });
});

describe('unknownExpectedFailures', () => {
  it('returns the listed ids that name no check of the target, in list order', () => {
    const checks = [check('call:fetch', 'fail'), check('ping', 'pass')];
    expect(unknownExpectedFailures(checks, ['call:fech', 'call:fetch', 'session-unknwon'])).toEqual(['call:fech', 'session-unknwon']);
  });

  it('is empty when every listed id is a check', () => {
    expect(unknownExpectedFailures([check('ping', 'pass')], ['ping'])).toEqual([]);
    expect(unknownExpectedFailures([], [])).toEqual([]);
  });
});

describe('targetPassed', () => {
  it('fails on any failing check and only then', () => {
    expect(targetPassed([check('a', 'pass'), check('b', 'fail')])).toBe(false);
    expect(targetPassed([check('a', 'pass'), check('b', 'warn'), check('c', 'skipped'), check('d', 'expected-failure')])).toBe(true);
    expect(targetPassed([])).toBe(true);
  });
});

describe('summarize', () => {
  it('counts targets and checks by status', () => {
    const r = report([
      target('api', [check('initialize', 'pass'), check('call:a', 'fail'), check('call:b', 'fail'), check('latency', 'warn')]),
      target('docs', [check('initialize', 'pass'), check('call:x', 'expected-failure'), check('health', 'skipped'), check('session-close', 'skipped')]),
      target('memory', [check('initialize', 'pass')]),
    ]);
    expect(r.summary).toEqual({
      targets: 3,
      passedTargets: 2,
      failedTargets: 1,
      checks: 9,
      failedChecks: 2,
      expectedFailures: 1,
      warnings: 1,
      skippedChecks: 2,
    });
    expect(r.passed).toBe(false);
  });

  it('counts targets by their verdict, not by their checks', () => {
    const failedWithoutFailingCheck: TargetReport = { ...target('x', [check('ping', 'pass')]), passed: false };
    expect(summarize([failedWithoutFailingCheck])).toMatchObject({ passedTargets: 0, failedTargets: 1, failedChecks: 0 });
  });

  it('is all zeros without targets', () => {
    expect(summarize([])).toEqual({
      targets: 0,
      passedTargets: 0,
      failedTargets: 0,
      checks: 0,
      failedChecks: 0,
      expectedFailures: 0,
      warnings: 0,
      skippedChecks: 0,
    });
  });
});
