import { compareSurface, schemaHash, toolSurface } from '../../../src/core/smoke/drift';
import { SMOKE_REPORT_SCHEMA_ID, smokeReportSchema, type SmokeReport, type TargetReport } from '../../../src/core/smoke/report-schema';

function target(service: string, tools: { name: string; inputSchema?: unknown }[] | undefined): TargetReport {
  return {
    service,
    transport: 'streamable-http',
    endpoint: `https://${service}.example.com/mcp`,
    passed: true,
    durationMs: 120,
    attempts: 1,
    checks: [],
    ...(tools ? { tools: toolSurface(tools) } : {}),
  };
}

function report(environment: string | null, targets: TargetReport[]): SmokeReport {
  const r: SmokeReport = {
    schema: SMOKE_REPORT_SCHEMA_ID,
    tool: { name: 'stackgate', version: '0.1.0' },
    environment,
    commit: 'abc1234',
    generatedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 500,
    passed: true,
    summary: {
      targets: targets.length,
      passedTargets: targets.length,
      failedTargets: 0,
      checks: 0,
      failedChecks: 0,
      expectedFailures: 0,
      warnings: 0,
      skippedChecks: 0,
    },
    targets,
  };
  return smokeReportSchema.parse(r);
}

const search = { type: 'object', properties: { query: { type: 'string' }, limit: { type: 'integer' } }, required: ['query'] };
const fetchSchema = { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] };

describe('schemaHash', () => {
  it('is the same for the same schema with keys in another order, at every depth', () => {
    const reordered = { required: ['query'], properties: { limit: { type: 'integer' }, query: { type: 'string' } }, type: 'object' };
    expect(schemaHash(reordered)).toBe(schemaHash(search));
  });

  it('differs when a value, a key or the order of an array differs', () => {
    const hash = schemaHash(search);
    expect(schemaHash({ ...search, required: ['query', 'limit'] })).not.toBe(hash);
    expect(schemaHash({ ...search, properties: { ...search.properties, limit: { type: 'number' } } })).not.toBe(hash);
    expect(schemaHash({ ...search, additionalProperties: false })).not.toBe(hash);
    expect(schemaHash([1, 2])).not.toBe(schemaHash([2, 1]));
  });

  it('does not confuse a string with the number it spells, or null with an empty object', () => {
    expect(schemaHash({ a: '1' })).not.toBe(schemaHash({ a: 1 }));
    expect(schemaHash(null)).not.toBe(schemaHash({}));
  });

  it('is 16 hex digits', () => {
    expect(schemaHash(search)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('toolSurface', () => {
  it('sorts tools by name and hashes each input schema', () => {
    const surface = toolSurface([
      { name: 'search', inputSchema: search },
      { name: 'fetch', inputSchema: fetchSchema },
    ]);
    expect(surface.map((t) => t.name)).toEqual(['fetch', 'search']);
    expect(surface[0]).toEqual({ name: 'fetch', schemaHash: schemaHash(fetchSchema), inputSchema: fetchSchema });
  });

  it('hashes a missing input schema as null', () => {
    expect(toolSurface([{ name: 'ping' }])[0].schemaHash).toBe(schemaHash(null));
  });
});

describe('compareSurface', () => {
  const staging = report('staging', [
    target('docs', [
      { name: 'search', inputSchema: search },
      { name: 'fetch', inputSchema: fetchSchema },
    ]),
  ]);

  it('passes when the tools and their input schemas are the same, whatever the key order', () => {
    const reordered = { required: ['query'], type: 'object', properties: { limit: { type: 'integer' }, query: { type: 'string' } } };
    const check = compareSurface(
      target('docs', [
        { name: 'fetch', inputSchema: fetchSchema },
        { name: 'search', inputSchema: reordered },
      ]),
      staging,
      'fail',
    );
    expect(check).toEqual({ id: 'tool-surface', status: 'pass', message: 'same 2 tools and input schemas as staging' });
  });

  it('fails in fail mode on an added tool, naming it', () => {
    const check = compareSurface(
      target('docs', [
        { name: 'search', inputSchema: search },
        { name: 'fetch', inputSchema: fetchSchema },
        { name: 'delete', inputSchema: { type: 'object' } },
      ]),
      staging,
      'fail',
    );
    expect(check.status).toBe('fail');
    expect(check.message).toBe('tool surface differs from staging: added delete');
  });

  it('warns in warn mode on the same difference', () => {
    const check = compareSurface(target('docs', [{ name: 'search', inputSchema: search }]), staging, 'warn');
    expect(check.status).toBe('warn');
    expect(check.message).toBe('tool surface differs from staging: missing fetch');
  });

  it('reports a changed input schema with the properties added, removed and made required', () => {
    const changed = { type: 'object', properties: { query: { type: 'string' }, lang: { type: 'string' } }, required: ['query', 'limit'] };
    const check = compareSurface(
      target('docs', [
        { name: 'search', inputSchema: { ...changed, properties: { ...changed.properties, limit: { type: 'integer' } } } },
        { name: 'fetch', inputSchema: fetchSchema },
      ]),
      staging,
      'fail',
    );
    expect(check.status).toBe('fail');
    expect(check.message).toBe('tool surface differs from staging: input schema changed: search (+lang limit now required)');
    const dropped = compareSurface(
      target('docs', [
        { name: 'search', inputSchema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } },
        { name: 'fetch', inputSchema: fetchSchema },
      ]),
      staging,
      'fail',
    );
    expect(dropped.message).toBe('tool surface differs from staging: input schema changed: search (-limit)');
  });

  it('says "types or descriptions" when the properties and required list are the same', () => {
    const retyped = { ...search, properties: { query: { type: 'string', description: 'what to find' }, limit: { type: 'integer' } } };
    const check = compareSurface(
      target('docs', [
        { name: 'search', inputSchema: retyped },
        { name: 'fetch', inputSchema: fetchSchema },
      ]),
      staging,
      'fail',
    );
    expect(check.message).toBe('tool surface differs from staging: input schema changed: search (types or descriptions)');
  });

  it('lists added, missing and changed tools together', () => {
    const check = compareSurface(
      target('docs', [
        { name: 'search', inputSchema: { type: 'object' } },
        { name: 'crawl', inputSchema: { type: 'object' } },
      ]),
      staging,
      'fail',
    );
    expect(check.message).toBe('tool surface differs from staging: added crawl; missing fetch; input schema changed: search (-query -limit)');
  });

  it('does not break on a malformed schema (required not an array, properties missing)', () => {
    const before = report('staging', [target('docs', [{ name: 't', inputSchema: { type: 'object', required: true } }])]);
    const check = compareSurface(target('docs', [{ name: 't', inputSchema: { type: 'object', properties: { a: {} }, required: ['a'] } }]), before, 'fail');
    expect(check).toEqual({ id: 'tool-surface', status: 'fail', message: 'tool surface differs from staging: input schema changed: t (+a)' });
    const fromNull = compareSurface(
      target('docs', [{ name: 't', inputSchema: { type: 'object' } }]),
      report('staging', [target('docs', [{ name: 't' }])]),
      'warn',
    );
    expect(fromNull.status).toBe('warn');
  });

  it('compares with the same service of the previous report only', () => {
    const previous = report('staging', [
      target('other', [{ name: 'x' }]),
      target('docs', [
        { name: 'search', inputSchema: search },
        { name: 'fetch', inputSchema: fetchSchema },
      ]),
    ]);
    expect(
      compareSurface(
        target('docs', [
          { name: 'search', inputSchema: search },
          { name: 'fetch', inputSchema: fetchSchema },
        ]),
        previous,
        'fail',
      ).status,
    ).toBe('pass');
  });

  it('skips a service that is not in the previous report, or has no tool list there', () => {
    const missing = compareSurface(target('new-svc', [{ name: 'a' }]), staging, 'fail');
    expect(missing).toEqual({ id: 'tool-surface', status: 'skipped', message: "new-svc has no tool list in staging's report" });
    const noList = compareSurface(target('docs', [{ name: 'a' }]), report('staging', [target('docs', undefined)]), 'fail');
    expect(noList.status).toBe('skipped');
  });

  it('skips when this run has no tool list', () => {
    expect(compareSurface(target('docs', undefined), staging, 'fail')).toEqual({
      id: 'tool-surface',
      status: 'skipped',
      message: 'no tool list here (tools/list did not run)',
    });
  });

  it('calls a previous report without environment "the previous report"', () => {
    const previous = report(null, [target('docs', [{ name: 'a' }])]);
    expect(compareSurface(target('docs', [{ name: 'a' }]), previous, 'fail').message).toBe('same 1 tools and input schemas as the previous report');
    expect(compareSurface(target('docs', [{ name: 'b' }]), previous, 'fail').message).toBe('tool surface differs from the previous report: added b; missing a');
  });

  it('passes with an empty tool list on both sides', () => {
    expect(compareSurface(target('docs', []), report('staging', [target('docs', [])]), 'fail').status).toBe('pass');
  });
});
