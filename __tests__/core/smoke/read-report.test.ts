import { thrown } from '../../helpers/user-error';
import { readSmokeReport } from '../../../src/core/smoke/read-report';
import { SMOKE_REPORT_SCHEMA_ID, smokeReportJsonSchema, smokeReportSchema, type SmokeReport } from '../../../src/core/smoke/report-schema';

function goodReport(): SmokeReport {
  return smokeReportSchema.parse({
    schema: SMOKE_REPORT_SCHEMA_ID,
    tool: { name: 'stackgate', version: '0.1.0' },
    environment: 'staging',
    commit: '0123abc',
    generatedAt: '2025-03-01T12:00:00.000Z',
    durationMs: 2300,
    passed: true,
    summary: { targets: 1, passedTargets: 1, failedTargets: 0, checks: 2, failedChecks: 0, expectedFailures: 0, warnings: 0, skippedChecks: 1 },
    comparedWith: { environment: 'dev', commit: null, generatedAt: '2025-02-28T12:00:00.000Z' },
    targets: [
      {
        service: 'memory',
        transport: 'stdio',
        endpoint: 'npx -y @modelcontextprotocol/server-memory',
        passed: true,
        durationMs: 2200,
        attempts: 1,
        server: { name: 'memory-server', version: '1.0.0' },
        protocolVersion: '2025-06-18',
        checks: [
          { id: 'initialize', status: 'pass', message: 'memory-server 1.0.0', durationMs: 800 },
          { id: 'health', status: 'skipped', message: 'no health url' },
        ],
        latency: { basis: 'tools/list', samples: 3, p50Ms: 2, p95Ms: 4, p99Ms: 4, maxMs: 4, errors: 0, errorRate: 0 },
        tools: [{ name: 'create_entities', schemaHash: '0123456789abcdef', inputSchema: { type: 'object' } }],
      },
    ],
  } satisfies SmokeReport);
}

describe('readSmokeReport', () => {
  it('reads back a report as written (--format json)', () => {
    const report = goodReport();
    expect(readSmokeReport(`${JSON.stringify(report, null, 2)}\n`, 'staging.json')).toEqual(report);
  });

  it('reads a minimal report without the optional fields', () => {
    const minimal = { ...goodReport(), comparedWith: undefined, environment: null, commit: null, targets: [] };
    expect(readSmokeReport(JSON.stringify(minimal), 'r.json').targets).toEqual([]);
  });

  it('rejects text that is not JSON, naming the file', () => {
    const e = thrown(() => readSmokeReport('{"schema": ', 'reports/staging.json'));
    expect(e.message).toMatch(/^reports\/staging\.json: not JSON \(/);
  });

  it('rejects JSON of another kind, naming the file, the field and a hint', () => {
    const e = thrown(() => readSmokeReport(JSON.stringify({ ...goodReport(), schema: 'https://example.com/other/v1' }), 'staging.json'));
    expect(e.message).toMatch(/^staging\.json: not a stackgate smoke report: schema: /);
    expect(e.hint).toContain('--format json');
  });

  it('names a nested field that is wrong', () => {
    const report = goodReport();
    const broken = { ...report, targets: [{ ...report.targets[0], checks: [{ id: 'ping', status: 'ok', message: 'x' }] }] };
    expect(thrown(() => readSmokeReport(JSON.stringify(broken), 'prod.json')).message).toMatch(
      /^prod\.json: not a stackgate smoke report: targets\.0\.checks\.0\.status: /,
    );
    const noSummary: Partial<SmokeReport> = { ...report };
    delete noSummary.summary;
    expect(thrown(() => readSmokeReport(JSON.stringify(noSummary), 'prod.json')).message).toMatch(/^prod\.json: not a stackgate smoke report: summary: /);
    expect(
      thrown(() => readSmokeReport(JSON.stringify({ ...report, targets: [{ ...report.targets[0], transport: 'websocket' }] }), 'prod.json')).message,
    ).toContain('targets.0.transport');
  });

  it('says (root) when the JSON is not an object', () => {
    expect(thrown(() => readSmokeReport('[]', 'a.json')).message).toMatch(/^a\.json: not a stackgate smoke report: \(root\): /);
    expect(thrown(() => readSmokeReport('null', 'a.json')).message).toMatch(/^a\.json: not a stackgate smoke report: \(root\): /);
  });
});

describe('smokeReportJsonSchema', () => {
  it('describes the report’s fields and statuses', () => {
    const schema = smokeReportJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['schema', 'tool', 'environment', 'summary', 'targets']));
    expect(JSON.stringify(schema.properties.targets)).toContain('expected-failure');
    expect(JSON.stringify(schema.properties.schema)).toContain(SMOKE_REPORT_SCHEMA_ID);
  });
});
