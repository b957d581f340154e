import path from 'node:path';
import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import type { Log, Result } from 'sarif';
import type { Finding } from '../../../src/core/findings';
import { FINGERPRINT_KEY, normalizeUri, pascalCase, renderSarif, type SarifOptions } from '../../../src/core/report/sarif';
import { SAMPLE_CHECKS, SAMPLE_FINDINGS } from '../../../__fixtures__/report/findings';

// The SARIF 2.1.0 schema (2020-12 edition) from @microsoft/sarif-multitool-linux; see __fixtures__/report/README.md.
const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../__fixtures__/report/sarif-schema-2.1.0.json'), 'utf8'));

function sarifValidator() {
  const ajv = new Ajv2020({ allErrors: true });
  // The formats the schema uses, checked for real rather than ignored.
  ajv.addFormat('uri', { validate: (s: string) => URL.canParse(s) });
  ajv.addFormat('uri-reference', /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  return ajv.compile(schema);
}
const validateSarif = sarifValidator();

const OPTIONS: SarifOptions = {
  toolVersion: '1.4.2',
  category: 'stackgate/validate/',
  informationUri: 'https://github.com/stackgate/stackgate',
  helpUriBase: 'https://github.com/stackgate/stackgate/blob/main/docs/checks.md',
};

function render(findings: Finding[], options: SarifOptions = OPTIONS): Log {
  return JSON.parse(renderSarif(findings, SAMPLE_CHECKS, options)) as Log;
}

describe('renderSarif', () => {
  const log = render(SAMPLE_FINDINGS);
  const run = log.runs[0]!;
  const rules = run.tool.driver.rules!;
  const results = run.results!;

  it('is valid against the SARIF 2.1.0 schema', () => {
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema validator rejects broken logs (so the validity test can fail)', () => {
    const broken = JSON.parse(JSON.stringify(log));
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'has space.yaml';
    expect(validateSarif(broken)).toBe(false);
    expect(validateSarif.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/results/0/level', '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri']),
    );
  });

  it('describes the tool and lists every check as a rule, sorted by id', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'stackgate', version: '1.4.2', informationUri: 'https://github.com/stackgate/stackgate' });
    expect(rules.map((r) => r.id)).toEqual([
      'compose/healthcheck-missing',
      'compose/no-latest-tag', // no finding, still listed so code scanning has its help
      'dockerfile/user-root',
      'kubernetes/run-as-non-root',
      'monitoring/alert-missing-for',
    ]);
  });

  it('names its category (automationDetails.id), which code scanning keeps one analysis of per tool', () => {
    expect(run.automationDetails).toEqual({ id: 'stackgate/validate/' });
    expect(render(SAMPLE_FINDINGS, { ...OPTIONS, category: 'stackgate/secrets/' }).runs[0]!.automationDetails).toEqual({ id: 'stackgate/secrets/' });
  });

  it('fills each rule from the check metadata', () => {
    const rule = rules.find((r) => r.id === 'kubernetes/run-as-non-root')!;
    expect(rule).toEqual({
      id: 'kubernetes/run-as-non-root',
      name: 'KubernetesRunAsNonRoot',
      shortDescription: { text: 'Container may run as root' },
      fullDescription: { text: 'A process running as UID 0 turns a container escape into root on the node.' },
      help: {
        text: 'A process running as UID 0 turns a container escape into root on the node.\n\nHow to fix: Set securityContext.runAsNonRoot: true and a non-zero runAsUser.',
        markdown:
          'A process running as UID 0 turns a container escape into root on the node.\n\n**How to fix:** Set securityContext.runAsNonRoot: true and a non-zero runAsUser.\n\n[Documentation](https://github.com/stackgate/stackgate/blob/main/docs/checks.md#kubernetesrun-as-non-root)',
      },
      helpUri: 'https://github.com/stackgate/stackgate/blob/main/docs/checks.md#kubernetesrun-as-non-root',
      defaultConfiguration: { level: 'error' },
      properties: { category: 'security', tags: ['security', 'kubernetes'], 'security-severity': '8.0' },
    });
    const healthcheck = rules.find((r) => r.id === 'compose/healthcheck-missing')!;
    expect(healthcheck.properties).toEqual({ category: 'reliability', tags: ['reliability', 'compose', 'production'] });
  });

  it('maps default levels: error -> error, warning -> warning, info -> note', () => {
    expect(Object.fromEntries(rules.map((r) => [r.id, r.defaultConfiguration?.level]))).toEqual({
      'compose/healthcheck-missing': 'warning',
      'compose/no-latest-tag': 'warning',
      'dockerfile/user-root': 'warning',
      'kubernetes/run-as-non-root': 'error',
      'monitoring/alert-missing-for': 'warning',
    });
  });

  it('emits one result per finding in stable order, with the finding severity as level', () => {
    expect(results.map((r) => `${r.ruleId} ${r.level} ${r.locations![0]!.physicalLocation!.region!.startLine}`)).toEqual([
      'dockerfile/user-root warning 1',
      'kubernetes/run-as-non-root error 7',
      'kubernetes/run-as-non-root error 30',
      'kubernetes/run-as-non-root error 120',
      // severity overridden to info in config: the result says note even though the rule defaults to warning
      'monitoring/alert-missing-for note 14',
      'compose/healthcheck-missing warning 8',
      'compose/healthcheck-missing warning 12',
    ]);
    expect(results.map((r) => r.message.text)).toContain('Container "init" of Deployment/mcp may run as root');
  });

  it('points ruleIndex at the rule with the same id', () => {
    for (const r of results) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
  });

  it('uses repository-relative URIs under %SRCROOT% and carries regions', () => {
    const sidecar = results[1]!.locations![0]!.physicalLocation!;
    expect(sidecar).toEqual({
      artifactLocation: { uri: 'k8s/deploy.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 20 },
    });
    for (const r of results) {
      const uri = r.locations![0]!.physicalLocation!.artifactLocation!.uri!;
      expect(uri).not.toMatch(/^(\/|[a-z]+:|\.\/)/i);
      expect(uri).not.toContain('\\');
    }
    expect(run.originalUriBaseIds!['%SRCROOT%']).toBeDefined();
  });

  it('sets the %SRCROOT% uri when given one', () => {
    const withRoot = render(SAMPLE_FINDINGS, { ...OPTIONS, srcRootUri: 'file:///home/runner/work/r/r' });
    expect(withRoot.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/runner/work/r/r/' } });
    expect(validateSarif(withRoot)).toBe(true);
  });

  it('keeps environments and subject as result properties', () => {
    const api = results.find((r) => r.message.text?.includes('"api"'))!;
    expect(api.properties).toEqual({ environments: ['prod'], subject: 'mcp/api' });
  });

  describe('partial fingerprints', () => {
    const fingerprint = (r: Result): string => r.partialFingerprints![FINGERPRINT_KEY]!;
    const base = SAMPLE_FINDINGS[0] as Finding;

    it('are a sha256 of check, file and message, independent of the line', () => {
      const moved = render([{ ...base, line: base.line + 40, column: 1 }]).runs[0]!.results![0]!;
      const original = render([base]).runs[0]!.results![0]!;
      expect(fingerprint(original)).toMatch(/^[0-9a-f]{64}:1$/);
      expect(fingerprint(moved)).toBe(fingerprint(original));
      expect(fingerprint(render([{ ...base, message: 'Service "web" has no healthcheck' }]).runs[0]!.results![0]!)).not.toBe(fingerprint(original));
      expect(fingerprint(render([{ ...base, file: 'stacks/dev/compose.yaml' }]).runs[0]!.results![0]!)).not.toBe(fingerprint(original));
    });

    it('stay unique when the same message repeats in one file', () => {
      const twice = render([base, { ...base, line: 40 }]).runs[0]!.results!;
      expect(twice.map(fingerprint)).toEqual([fingerprint(twice[0]!), fingerprint(twice[0]!).replace(/:1$/, ':2')]);
    });
  });

  it('adds a rule for findings of checks it was not given, so ruleIndex stays valid', () => {
    const unknown: Finding = { ...(SAMPLE_FINDINGS[4] as Finding), checkId: 'plugin/custom-thing', severity: 'info' };
    const out = render([unknown]);
    const r = out.runs[0]!.results![0]!;
    expect(out.runs[0]!.tool.driver.rules![r.ruleIndex!]).toMatchObject({ id: 'plugin/custom-thing', name: 'PluginCustomThing' });
    expect(r.level).toBe('note');
    expect(validateSarif(out)).toBe(true);
  });

  it('produces a valid log for an empty run and for awkward paths and positions', () => {
    expect(validateSarif(render([]))).toBe(true);
    const awkward: Finding = {
      file: '.\\stacks\\my stack\\#1 compose.yaml',
      line: 0,
      column: 0,
      endLine: 0,
      checkId: 'compose/healthcheck-missing',
      severity: 'warning',
      category: 'reliability',
      message: 'x',
    };
    const out = render([awkward]);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(validateSarif(out)).toBe(true);
    const loc = out.runs[0]!.results![0]!.locations![0]!.physicalLocation!;
    expect(loc.artifactLocation!.uri).toBe('stacks/my%20stack/%231%20compose.yaml');
    expect(loc.region).toEqual({ startLine: 1, startColumn: 1 });
  });

  it('is deterministic', () => {
    expect(renderSarif([...SAMPLE_FINDINGS].reverse(), [...SAMPLE_CHECKS].reverse(), OPTIONS)).toBe(renderSarif(SAMPLE_FINDINGS, SAMPLE_CHECKS, OPTIONS));
  });
});

describe('the 25,000-result budget of a run', () => {
  const many: Finding[] = Array.from({ length: 30 }, (_, i) => ({
    checkId: SAMPLE_FINDINGS[0].checkId,
    severity: i % 10 === 0 ? 'error' : i % 2 ? 'warning' : 'info',
    category: 'reliability',
    message: `finding ${i}`,
    file: `stacks/s${String(i).padStart(2, '0')}/docker-compose.yml`,
    line: 1,
    column: 1,
  }));

  it('keeps the most severe results, in file order, and records how many were left out; still valid SARIF', () => {
    const log = render(many, { ...OPTIONS, maxResults: 12 });
    const run = log.runs[0]!;
    const levels = run.results!.map((r) => r.level);
    expect(levels.filter((l) => l === 'error')).toHaveLength(3);
    expect(levels.filter((l) => l === 'warning')).toHaveLength(9);
    expect(levels).not.toContain('note');
    const uris = run.results!.map((r) => r.locations![0].physicalLocation!.artifactLocation!.uri!);
    expect(uris).toEqual([...uris].sort());
    expect(run.invocations?.[0].toolExecutionNotifications?.[0].message.text).toBe(
      '18 of 30 results were left out of this run (at most 12, the most severe kept); run stackgate with --format json for all of them.',
    );
    expect(validateSarif(log)).toBe(true);
  });

  it('says nothing when everything fits', () => {
    expect(render(many).runs[0]!.invocations).toBeUndefined();
    expect(render(many).runs[0]!.results).toHaveLength(30);
  });
});

describe('pascalCase / normalizeUri', () => {
  it('turns check ids into rule names', () => {
    expect(pascalCase('compose/healthcheck-missing')).toBe('ComposeHealthcheckMissing');
    expect(pascalCase('core/parse-error')).toBe('CoreParseError');
  });

  it('makes repository-relative forward-slash URIs', () => {
    expect(normalizeUri('stacks\\prod\\compose.yaml')).toBe('stacks/prod/compose.yaml');
    expect(normalizeUri('./k8s/a@b+c.yaml')).toBe('k8s/a@b+c.yaml');
    expect(normalizeUri('/k8s/naïve?.yaml')).toBe('k8s/na%C3%AFve%3F.yaml');
  });
});
