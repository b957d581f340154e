/**
 * The official MCP conformance suite (@modelcontextprotocol/conformance, client mode) runs
 * `stackgate smoke` as the client under test against its scenario servers: initialize, tools_call
 * and sse-retry must pass. The scenario servers listen on every interface of a random port, so the
 * suite runs in a private network namespace (`unshare -n`, loopback only): nothing is reachable from
 * outside and nothing outside is reachable. Needs root (CI runs as root).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnCollect } from '../../helpers/run-action';

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, '../../..');
const SUITE = path.join(ROOT, 'node_modules/@modelcontextprotocol/conformance/dist/index.js');
const CLIENT = path.join(ROOT, '__tests__/helpers/conformance-client.cjs');

interface ConformanceCheck {
  id: string;
  name: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO';
  errorMessage?: string;
}

const namespaces = spawnSync('unshare', ['-n', 'true']).status === 0;
const suite = namespaces ? describe : describe.skip;
if (!namespaces) process.stderr.write('conformance.test.ts: skipped, `unshare -n` needs root (CI runs it)\n');

async function runScenario(scenario: string, out: string): Promise<{ code: number | null; log: string }> {
  const inner = `ip link set lo up && exec ${JSON.stringify(process.execPath)} ${JSON.stringify(SUITE)} client --command ${JSON.stringify(`${process.execPath} ${CLIENT}`)} --scenario ${scenario} -o ${JSON.stringify(out)}`;
  const r = await spawnCollect('unshare', ['-n', 'sh', '-c', inner], { cwd: ROOT, timeoutMs: 100_000 });
  return { code: r.code, log: r.stdout + r.stderr };
}

function readChecks(out: string): ConformanceCheck[] {
  const [dir] = fs.readdirSync(out);
  return JSON.parse(fs.readFileSync(path.join(out, dir, 'checks.json'), 'utf8')) as ConformanceCheck[];
}

suite('MCP conformance suite, stackgate smoke as the client', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-conformance-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it.each(['initialize', 'tools_call', 'sse-retry'])('%s passes', async (scenario) => {
    const out = path.join(tmp, scenario);
    const { code, log } = await runScenario(scenario, out);
    const checks = readChecks(out);
    const failures = checks.filter((c) => c.status === 'FAILURE');
    expect(failures.map((c) => `${c.id}: ${c.errorMessage ?? c.name}`)).toEqual([]);
    // Scenario checks (not just the request log) ran and passed.
    expect(checks.filter((c) => c.status === 'SUCCESS').length).toBeGreaterThan(0);
    expect(log).toMatch(/OVERALL: PASSED/);
    expect(code).toBe(0);
  });
});
