/** The per-file limit's note reaches every output format the secrets command and action write. */
import { renderJunit } from '../../../src/core/report/junit';
import { renderMarkdownSummary } from '../../../src/core/report/markdown';
import { renderSarif } from '../../../src/core/report/sarif';
import { renderText } from '../../../src/core/report/text';
import { omittedNote } from '../../../src/core/secrets/per-file-limit';
import { renderSecretsJson, secretChecks, toFinding } from '../../../src/core/secrets/report';
import { toPublicFinding, type SecretFinding } from '../../../src/core/secrets/scan';
import { githubToken } from '../../helpers/fake-secret';

const TOKEN = githubToken(41);
const listed = toPublicFinding({
  ruleId: 'github-pat-classic',
  provider: 'GitHub',
  description: 'GitHub personal access token (classic)',
  file: 'dump.env',
  line: 3,
  column: 7,
  endColumn: 47,
  value: TOKEN,
});
const findings: SecretFinding[] = [omittedNote({ file: 'dump.env', count: 4200, limit: 1000 }), listed];
const NOTE = '4200 more findings in dump.env not listed (limit 1000 per file)';
const summary = { findings: 5200, omitted: 4200, files: 1, bytes: 100, mode: 'tree', allowlisted: 0, baselined: 0 };

test('text, Markdown and JUnit show the note as a problem of the file', () => {
  const as = findings.map(toFinding);
  expect(renderText(as, { color: false, summary: { filesChecked: 1 } })).toMatch(
    new RegExp(`1:1\\s+error\\s+${NOTE.replace(/[()]/g, '\\$&')}\\s+secrets/findings-per-file-limit`),
  );
  expect(renderMarkdownSummary(as, { filesChecked: 1 })).toContain(`| error | \`secrets/findings-per-file-limit\` | dump.env:1 | ${NOTE} |`);
  expect(renderJunit(as, secretChecks())).toContain(NOTE);
});

test('SARIF lists the note as a result with a rule of its own', () => {
  const sarif = JSON.parse(
    renderSarif(findings.map(toFinding), secretChecks(), { toolVersion: '0.0.0', category: 'stackgate/secrets/', informationUri: 'https://example.com' }),
  );
  const [run] = sarif.runs;
  const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'secrets/findings-per-file-limit');
  expect(result.message.text).toBe(NOTE);
  expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('dump.env');
  expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('secrets/findings-per-file-limit');
});

test('JSON keeps findings and notes apart, and counts what the notes stand for', () => {
  const json = JSON.parse(renderSecretsJson(findings, summary));
  expect(json.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([['github-pat-classic', 3]]);
  expect(json.notes).toEqual([{ file: 'dump.env', omitted: 4200, message: NOTE }]);
  expect(json.summary).toMatchObject({ findings: 5200, omitted: 4200 });
  expect(JSON.stringify(json)).not.toContain(TOKEN);
});

test('rule texts put "a" or "an" before the provider as it is said', () => {
  const rationale = (id: string) => secretChecks().find((c) => c.id === `secrets/${id}`)!.meta.rationale;
  expect(rationale('adyen-api-key')).toMatch(/^An Adyen credential committed/);
  expect(rationale('aws-access-key-id')).toMatch(/^An AWS credential committed/);
  expect(rationale('npm-access-token')).toMatch(/^An npm credential committed/);
  expect(rationale('okta-api-token')).toMatch(/^An Okta credential committed/);
  expect(rationale('github-pat-classic')).toMatch(/^A GitHub credential committed/);
  expect(rationale('onepassword-service-account-token')).toMatch(/^A 1Password credential committed/);
  expect(rationale('generic-secret-assignment')).toMatch(/^A credential committed/);
  // No rule says "A" before a vowel letter unless the provider starts with a consonant sound.
  const suspicious = secretChecks()
    .map((c) => c.meta.rationale)
    .filter((r) => /^A [AEIOUaeiou]/.test(r));
  expect(suspicious).toEqual([]);
});
