/**
 * A repository at a commit, read through the API (the GitHub App has no checkout): one file by the
 * contents API, or the whole tree from the commit's tarball, extracted into a directory with the
 * system `tar` (GNU tar drops leading `/` and `..` members and creates symlinks last).
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../core/errors';
import { runBounded } from '../bounded-process';
import { toGitHubApiError } from './api-error';
import type { GitHubClient } from './client';

type Repository = { owner: string; repo: string };

/** A file's text at `ref`, or undefined when there is no such file (404, or a directory). */
export async function readFileAt(octokit: GitHubClient, repository: Repository, file: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repository, path: file, ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return Buffer.from(data.content, (data.encoding as BufferEncoding) || 'base64').toString('utf8');
  } catch (e) {
    if ((e as { status?: unknown }).status === 404) return undefined;
    throw toGitHubApiError(e, `read ${file} at ${ref.slice(0, 7)}`) ?? e;
  }
}

export interface TreeDownload {
  /** Largest tarball accepted (compressed). */
  maxBytes: number;
  /** Epoch ms by which extraction must be over. */
  deadline: number;
}

/** Extracts the repository at `ref` into `dir` (created; the tarball's top-level directory stripped). */
export async function downloadTree(octokit: GitHubClient, repository: Repository, ref: string, dir: string, limits: TreeDownload): Promise<void> {
  let data: unknown;
  try {
    ({ data } = await octokit.request('GET /repos/{owner}/{repo}/tarball/{ref}', { ...repository, ref, headers: { accept: 'application/x-gzip' } }));
  } catch (e) {
    throw toGitHubApiError(e, `download ${repository.owner}/${repository.repo} at ${ref.slice(0, 7)}`) ?? e;
  }
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.isBuffer(data) ? data : undefined;
  if (!bytes) throw new Error(`the tarball of ${ref.slice(0, 7)} came back as ${typeof data}, not bytes`);
  if (bytes.byteLength > limits.maxBytes)
    throw new UserError(`the repository at ${ref.slice(0, 7)} is ${bytes.byteLength} bytes compressed, over the limit of ${limits.maxBytes}`);
  fs.mkdirSync(dir, { recursive: true });
  const archive = path.join(dir, '..', `${path.basename(dir)}.tar.gz`);
  fs.writeFileSync(archive, bytes, { mode: 0o600 });
  try {
    const result = await runBounded(
      'tar',
      ['-xzf', archive, '-C', dir, '--strip-components=1', '--no-same-owner', '--no-same-permissions', '--warning=no-unknown-keyword'],
      { deadline: limits.deadline, maxOutputBytes: 64 * 1024 },
    );
    if (result.code !== 0)
      throw new Error(
        `tar could not extract the repository at ${ref.slice(0, 7)}${result.killed ? ` (${result.killed})` : ''}: ${result.stderr.trim().slice(0, 300)}`,
      );
  } finally {
    fs.rmSync(archive, { force: true });
  }
}
