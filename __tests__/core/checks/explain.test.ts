import { explainCheck, checkOptions } from '../../../src/core/checks/explain';
import { CHECKS } from '../../../src/core/checks/index';

const byId = (id: string) => CHECKS.find((c) => c.id === id)!;

describe('checkOptions', () => {
  it('reads names, types, defaults and descriptions from the options schema', () => {
    expect(checkOptions(byId('compose/cap-add-dangerous'))).toEqual([
      { name: 'allowed', type: 'string[]', default: [], description: expect.stringContaining('Capabilities (without CAP_)') },
    ]);
  });

  it('is empty for a check without options and for an engine check', () => {
    expect(checkOptions(byId('core/duplicate-key'))).toEqual([]);
    expect(CHECKS.filter((c) => !c.options).every((c) => checkOptions(c).length === 0)).toBe(true);
  });
});

describe('explainCheck', () => {
  it('says where an engine check is reported from and shows the one-line severity setting', () => {
    const out = explainCheck(byId('core/duplicate-key'));
    expect(out).toContain('reported while loading files');
    expect(out).toContain('  checks:\n    core/duplicate-key: error ');
    expect(out).not.toContain('Options\n');
  });

  it('says when a check applies only where MCP servers are deployed', () => {
    expect(explainCheck(byId('compose/monitoring-labels'))).toContain('only where MCP servers are deployed');
    expect(explainCheck(byId('compose/privileged'))).not.toContain('only where MCP servers are deployed');
  });

  it('wraps prose to the width, indented, without losing a word', () => {
    const check = byId('compose/cap-add-dangerous');
    const out = explainCheck(check, { width: 60 });
    const why = out.slice(out.indexOf('Why it matters\n') + 'Why it matters\n'.length, out.indexOf('\n\nHow to fix it'));
    const lines = why.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) {
      expect(l.length).toBeLessThanOrEqual(60);
      expect(l.startsWith('  ')).toBe(true);
    }
    expect(lines.map((l) => l.trim()).join(' ')).toBe(check.meta.rationale);
  });
});
