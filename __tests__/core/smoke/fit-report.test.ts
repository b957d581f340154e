import { OUTPUT_LIMIT } from '../../../src/core/report/channel-budgets';
import { fitReportJson } from '../../../src/core/smoke/fit-report';
import { smokeReportSchema, type ToolSurface } from '../../../src/core/smoke/report-schema';
import { check, report, target } from '../../helpers/smoke-report';

const tools = (n: number, schemaChars: number): ToolSurface[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `tool-${i}`,
    schemaHash: 'a1b2c3d4e5f60718',
    inputSchema: { type: 'object', description: 'd'.repeat(schemaChars) },
  }));
const parse = (json: string) => smokeReportSchema.parse(JSON.parse(json));

describe('fitReportJson', () => {
  it('a report that fits is the pretty-printed report, nothing left out', () => {
    const small = report([target('api', [check('ping', 'pass', 'ok')], { tools: tools(2, 10) })]);
    expect(fitReportJson(small, OUTPUT_LIMIT)).toEqual({ json: JSON.stringify(small, null, 2), leftOut: [] });
  });

  it('large input schemas go first; the names and hashes stay, so drift can still be compared', () => {
    const big = report([target('api', [check('ping', 'pass', 'ok')], { tools: tools(12, 50_000) })]);
    const fitted = fitReportJson(big, OUTPUT_LIMIT);
    expect(fitted.json.length).toBeLessThanOrEqual(OUTPUT_LIMIT);
    expect(fitted.leftOut).toEqual(['the input schemas of 12 tools (their hashes are kept)']);
    expect(parse(fitted.json).targets[0].tools).toEqual(tools(12, 0).map(({ name, schemaHash }) => ({ name, schemaHash })));
  });

  it('then the tool lists, then long messages, each counted', () => {
    const many = report([
      target('api', [check('tools-list', 'fail', `missing tool x ${'m'.repeat(1990)}`)], {
        tools: Array.from({ length: 4000 }, (_, i) => ({ name: `t${i}-${'n'.repeat(60)}`, schemaHash: 'a1b2c3d4e5f60718' })),
      }),
      target(
        'docs',
        Array.from({ length: 150 }, (_, i) => check(`call:x#${i + 1}`, 'fail', 'e'.repeat(2000))),
      ),
    ]);
    const fitted = fitReportJson(many, OUTPUT_LIMIT);
    expect(fitted.json.length).toBeLessThanOrEqual(OUTPUT_LIMIT);
    expect(fitted.leftOut).toEqual([
      'the tool lists of 1 service (4,000 tools)',
      `${(2005 - 300 + 150 * (2000 - 300)).toLocaleString('en-US')} characters of 151 check messages`,
    ]);
    const parsed = parse(fitted.json);
    expect(parsed.targets.map((t) => t.service)).toEqual(['api', 'docs']);
    expect(parsed.targets[1].checks[0].message).toMatch(/^e+… \(1,7\d\d more characters not shown\)$/);
    expect(parsed.summary).toEqual(many.summary);
  });

  it('last, the last services, named; the summary still counts them', () => {
    const services = Array.from({ length: 400 }, (_, i) =>
      target(
        `svc-${i}`,
        Array.from({ length: 8 }, (_, k) => check(`call:x#${k + 1}`, 'fail', 'e'.repeat(290))),
      ),
    );
    const huge = report(services);
    const fitted = fitReportJson(huge, OUTPUT_LIMIT);
    expect(fitted.json.length).toBeLessThanOrEqual(OUTPUT_LIMIT);
    const parsed = parse(fitted.json);
    const kept = parsed.targets.length;
    expect(kept).toBeGreaterThan(0);
    expect(parsed.targets.map((t) => t.service)).toEqual(services.slice(0, kept).map((t) => t.service));
    expect(fitted.leftOut).toEqual([
      expect.stringMatching(new RegExp(`^${400 - kept} services of 400 \\(svc-${kept}, svc-${kept + 1}, .*; the summary counts them\\)$`)),
    ]);
    expect(parsed.summary).toEqual(huge.summary);
    expect(parsed.passed).toBe(false);
  });
});
