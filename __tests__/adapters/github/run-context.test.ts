/**
 * The run context, read once from the runner's environment and a real event payload
 * (@octokit/webhooks-examples): what each kind of event yields, and what is absent when the
 * environment or the payload does not say.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { blobLinkBase, readRunContext } from '../../../src/adapters/github/run-context';
import { pullRequest, pullRequestEvent, workflowRunEvent } from '../../helpers/github-payloads';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-run-context-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function eventFile(payload: unknown): string {
  const file = path.join(dir, 'event.json');
  fs.writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return file;
}

test('a pull_request run: repository, commit, the pull request, its base and its range; links point at the server given', () => {
  const pr = pullRequest({ apiUrl: 'https://ghe.example/api/v3', owner: 'octo-org', repo: 'mcp-stacks', number: 7, headSha: HEAD, baseSha: BASE });
  const context = readRunContext({
    GITHUB_SERVER_URL: 'https://ghe.example',
    GITHUB_API_URL: 'https://ghe.example/api/v3',
    GITHUB_REPOSITORY: 'octo-org/mcp-stacks',
    GITHUB_SHA: 'd'.repeat(40),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile(pullRequestEvent(pr)),
  });
  expect(context).toEqual({
    serverUrl: 'https://ghe.example',
    apiUrl: 'https://ghe.example/api/v3',
    repository: { owner: 'octo-org', repo: 'mcp-stacks' },
    sha: 'd'.repeat(40),
    eventName: 'pull_request',
    pullRequest: { number: 7, headSha: HEAD },
    baseSha: BASE,
    changeRange: { base: BASE, head: HEAD },
  });
  expect(blobLinkBase(context, HEAD)).toBe(`https://ghe.example/octo-org/mcp-stacks/blob/${HEAD}/`);
});

test('a push: the range and base come from before and after; no pull request', () => {
  const context = readRunContext({
    GITHUB_REPOSITORY: 'octo-org/mcp-stacks',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile({ before: BASE, after: HEAD }),
  });
  expect(context.pullRequest).toBeUndefined();
  expect(context.baseSha).toBe(BASE);
  expect(context.changeRange).toEqual({ base: BASE, head: HEAD });
});

test('a workflow_run: the head commit the triggering run tested; no range', () => {
  const context = readRunContext({
    GITHUB_REPOSITORY: 'octo-org/mcp-stacks',
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: eventFile(workflowRunEvent({ owner: 'octo-org', repo: 'mcp-stacks', headSha: HEAD, pullRequestNumber: 7 })),
  });
  expect(context.workflowRun).toEqual({ headSha: HEAD });
  expect(context.changeRange).toBeUndefined();
  expect(blobLinkBase(context, context.workflowRun?.headSha)).toBe(`https://github.com/octo-org/mcp-stacks/blob/${HEAD}/`);
});

test.each<[string, Record<string, string>]>([
  ['no environment at all', {}],
  ['a payload that is not JSON', { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '{"before": ' }],
  ['a payload file that does not exist', { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json' }],
  ['a repository without an owner', { GITHUB_REPOSITORY: 'mcp-stacks', GITHUB_SHA: HEAD }],
])('%s: github.com, and no repository, pull request, range or links', (_name, given) => {
  const env = { ...given };
  if (env.GITHUB_EVENT_PATH?.startsWith('{')) env.GITHUB_EVENT_PATH = eventFile(env.GITHUB_EVENT_PATH);
  const context = readRunContext(env);
  expect(context.serverUrl).toBe('https://github.com');
  expect(context.repository).toBeUndefined();
  expect(context.pullRequest).toBeUndefined();
  expect(context.changeRange).toBeUndefined();
  expect(context.workflowRun).toBeUndefined();
  expect(blobLinkBase(context, HEAD)).toBeUndefined();
});

test('a link needs a commit as well as a repository', () => {
  const context = readRunContext({ GITHUB_REPOSITORY: 'octo-org/mcp-stacks' });
  expect(blobLinkBase(context, context.sha)).toBeUndefined();
  expect(blobLinkBase(context, HEAD)).toBe(`https://github.com/octo-org/mcp-stacks/blob/${HEAD}/`);
});
