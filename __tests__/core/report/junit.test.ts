import type { Finding } from '../../../src/core/findings';
import { escapeXmlAttribute, escapeXmlText, renderJunit } from '../../../src/core/report/junit';
import { SAMPLE_CHECKS, SAMPLE_FINDINGS } from '../../../__fixtures__/report/findings';
import { child, parseXml, type XmlElement } from '../../helpers/xml';

describe('renderJunit', () => {
  const xml = renderJunit(SAMPLE_FINDINGS, SAMPLE_CHECKS);
  const root = parseXml(xml);

  it('is well-formed XML with an XML declaration and totals on <testsuites>', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ name: 'stackgate', tests: '7', failures: '6', errors: '0' });
  });

  it('has one testsuite per file, in file order, with per-file counts', () => {
    expect(root.children.map((s) => [s.name, s.attributes.name, s.attributes.tests, s.attributes.failures])).toEqual([
      ['testsuite', 'Dockerfile', '1', '1'],
      ['testsuite', 'k8s/deploy.yaml', '3', '3'],
      ['testsuite', 'monitoring/rules.yaml', '1', '0'],
      ['testsuite', 'stacks/common/compose.yaml', '1', '1'],
      ['testsuite', 'stacks/prod/compose.yaml', '1', '1'],
    ]);
    const total = root.children.reduce((n, s) => n + s.children.length, 0);
    expect(total).toBe(SAMPLE_FINDINGS.length);
  });

  it('names each testcase `<check> at line N` and fails errors and warnings with their severity as type', () => {
    const k8s = root.children[1] as XmlElement;
    expect(k8s.children.map((c) => c.attributes.name)).toEqual([
      'kubernetes/run-as-non-root at line 7',
      'kubernetes/run-as-non-root at line 30',
      'kubernetes/run-as-non-root at line 120',
    ]);
    const first = k8s.children[0] as XmlElement;
    expect(first.attributes).toMatchObject({ classname: 'k8s/deploy.yaml', file: 'k8s/deploy.yaml', line: '7' });
    const failure = child(first, 'failure') as XmlElement;
    expect(failure.attributes).toEqual({ message: 'Container "sidecar" of Deployment/mcp may run as root', type: 'error' });
    expect(failure.text).toContain('k8s/deploy.yaml:7:1: error: Container "sidecar" of Deployment/mcp may run as root');
    expect(failure.text).toContain('Check: kubernetes/run-as-non-root (Container may run as root)');
    expect(failure.text).toContain('How to fix: Set securityContext.runAsNonRoot: true');

    const warning = child((root.children[0] as XmlElement).children[0] as XmlElement, 'failure') as XmlElement;
    expect(warning.attributes.type).toBe('warning');
  });

  it('reports info findings as passing testcases with the detail in system-out', () => {
    const info = (root.children[2] as XmlElement).children[0] as XmlElement;
    expect(info.attributes.name).toBe('monitoring/alert-missing-for at line 14');
    expect(child(info, 'failure')).toBeUndefined();
    expect(child(info, 'system-out')?.text).toContain('info: Alert "HighLatency" has no "for"');
  });

  it('lists environments and subject in the failure body', () => {
    const prod = (root.children[4] as XmlElement).children[0] as XmlElement;
    const body = (child(prod, 'failure') as XmlElement).text;
    expect(body).toContain('Environments: prod');
    expect(body).toContain('Subject: mcp/api');
  });

  it('escapes markup and replaces characters XML 1.0 cannot carry, keeping the rest intact', () => {
    const message = 'Key <a href="x">&amp;</a> ]]> \'q\' \u0001\u001b[31m\ttab\nnext\r\u{1F680} lone\ud800 \ufffe';
    const hostile: Finding = {
      file: 'stacks/a&b/<c>.yaml',
      line: 2,
      column: 4,
      checkId: 'compose/healthcheck-missing',
      severity: 'error',
      category: 'reliability',
      message,
    };
    const out = renderJunit([hostile], SAMPLE_CHECKS);
    const doc = parseXml(out); // throws on any invalid character or markup
    const suite = doc.children[0] as XmlElement;
    expect(suite.attributes.name).toBe('stacks/a&b/<c>.yaml');
    const failure = child(suite.children[0] as XmlElement, 'failure') as XmlElement;
    const expected = 'Key <a href="x">&amp;</a> ]]> \'q\' \\u0001\\u001b[31m\ttab\nnext\r\u{1F680} lone\\ud800 \\ufffe';
    expect(failure.attributes.message).toBe(expected);
    expect(failure.text).toContain(`stacks/a&b/<c>.yaml:2:4: error: ${expected}`);
  });

  it('keeps testcase names unique within a file', () => {
    const base = SAMPLE_FINDINGS[1] as Finding;
    const same: Finding[] = [
      { ...base, line: 5, column: 3, message: 'a' },
      { ...base, line: 5, column: 9, message: 'b' },
      { ...base, line: 6, column: 1, message: 'c' },
      { ...base, line: 6, column: 1, message: 'd' },
    ];
    const doc = parseXml(renderJunit(same, SAMPLE_CHECKS));
    expect((doc.children[0] as XmlElement).children.map((c) => c.attributes.name)).toEqual([
      'kubernetes/run-as-non-root at line 5, column 3',
      'kubernetes/run-as-non-root at line 5, column 9',
      'kubernetes/run-as-non-root at line 6, column 1 (1)',
      'kubernetes/run-as-non-root at line 6, column 1 (2)',
    ]);
  });

  it('reports a passing testcase when there are no findings', () => {
    const doc = parseXml(renderJunit([], SAMPLE_CHECKS));
    expect(doc.attributes).toMatchObject({ tests: '1', failures: '0' });
    const testcase = (doc.children[0] as XmlElement).children[0] as XmlElement;
    expect(testcase.name).toBe('testcase');
    expect(testcase.children).toEqual([]);
  });

  it('renders findings of checks it does not know, without the how-to-fix line', () => {
    const unknown: Finding = { ...(SAMPLE_FINDINGS[1] as Finding), checkId: 'plugin/custom' };
    const doc = parseXml(renderJunit([unknown], SAMPLE_CHECKS));
    const body = (child((doc.children[0] as XmlElement).children[0] as XmlElement, 'failure') as XmlElement).text;
    expect(body).toContain('Check: plugin/custom');
    expect(body).not.toContain('How to fix');
  });
});

describe('XML escaping', () => {
  it('the parser used above rejects raw control characters (so the escaping test can fail)', () => {
    for (const c of ['\u0001', '\u001b', '\ufffe', '\ud800']) expect(() => parseXml(`<a>${c}</a>`)).toThrow();
    expect(parseXml('<a>\u{1F680}\t\n</a>').text).toBe('\u{1F680}\t\n');
    expect(() => parseXml('<a b="<"/>')).toThrow();
  });

  it('escapes text and attributes', () => {
    expect(escapeXmlText('a<b>&c\u0000')).toBe('a&lt;b&gt;&amp;c\\u0000');
    expect(escapeXmlAttribute('"x"\n\'y\'\t')).toBe('&quot;x&quot;&#10;&apos;y&apos;&#9;');
  });
});
