/**
 * The envelope of a score run: thresholds from inputs or flags over stackgate.yml's, the base's problem as
 * a note, files named as the entry point names them, the comment key from the input or the config.
 */
import { readinessEnvelope } from '../../src/app/readiness-envelope';
import { scoreWithBase, type ScoreWithBaseResult } from '../../src/app/score-with-base';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

const noHealthcheck = `services:
  api:
    image: ghcr.io/acme/api:1.2.3
    restart: unless-stopped
`;

let repo: TempRepo;
let scored: ScoreWithBaseResult;
beforeAll(async () => {
  repo = tempRepo({
    'docker-compose.yml': noHealthcheck,
    'stackgate.yml': 'readiness:\n  failUnder: 100\n  comment:\n    key: fleet\n',
  });
  scored = await scoreWithBase({ root: repo.root, secrets: false, toolVersion: 't' }, { now: () => new Date(0) });
});
afterAll(() => repo.cleanup());

test("stackgate.yml's fail-under applies unless the input or flag gives one", () => {
  expect(scored.report.score).toBeLessThan(100);
  const configured = readinessEnvelope(scored);
  expect(configured.verdict.passed).toBe(false);
  expect(configured.verdict.reasons).toContain(`score ${scored.report.score} is under fail-under 100`);
  expect(readinessEnvelope(scored, { thresholds: { failUnder: 0 } }).verdict).toEqual({ passed: true, reasons: [] });
});

test('the comment key comes from the input, else from stackgate.yml; a pull request is carried as given', () => {
  expect(readinessEnvelope(scored).commentKey).toBe('fleet');
  const envelope = readinessEnvelope(scored, { commentKey: 'staging', pullRequest: { number: 7, headSha: 'a'.repeat(40) } });
  expect(envelope).toMatchObject({ commentKey: 'staging', pullRequest: { number: 7, headSha: 'a'.repeat(40) }, notes: [] });
  expect(readinessEnvelope(scored)).not.toHaveProperty('pullRequest');
});

test("files are named as the entry point names them; the base's problem becomes a note", () => {
  const envelope = readinessEnvelope({ ...scored, baseProblem: 'cannot compare with main' }, { toFile: (f) => `fleet/${f}` });
  expect(envelope.notes).toEqual(['cannot compare with main']);
  const files = envelope.report.checks.flatMap((c) => c.locations.map((l) => l.file));
  expect(files.length).toBeGreaterThan(0);
  expect(files.every((f) => f.startsWith('fleet/'))).toBe(true);
  expect(readinessEnvelope(scored).report).toBe(scored.report);
});
