/**
 * Repository contents at a commit in the fake GitHub (fake-github.ts), what a GitHub App reads
 * instead of a checkout:
 * - `repos/get-content` (`GET /repos/{owner}/{repo}/contents/{path}?ref=`): a file as a
 *   `content-file` (base64 in lines of 60 characters, as GitHub sends it; with
 *   `Accept: application/vnd.github.raw+json` the bytes themselves), a directory as a
 *   `content-directory`, 404 for anything else;
 * - `repos/download-tarball-archive` (`GET /repos/{owner}/{repo}/tarball/{ref}`): 302 to the fake's
 *   codeload path with a download token, like GitHub's redirect to codeload.github.com, which
 *   serves a real `.tar.gz` whose single top-level directory is `<owner>-<repo>-<7-char sha>/`.
 *
 * A ref is a seeded commit SHA or an unambiguous prefix of one (at least 7 characters), or
 * `refs/heads/<branch>`/`<branch>` for branches given to `seedCommit`. Without `ref`, GitHub reads
 * the default branch: here the commit seeded last for the repository.
 */
import crypto from 'node:crypto';
import type { CodeloadHandler, FakeGitHub, FakeReply, FakeRequest } from './fake-github';
import { basicError } from './github-payloads';
import { tarGz } from './tar-gz';

type Json = Record<string, unknown>;

export interface SeededCommit {
  owner: string;
  repo: string;
  sha: string;
  files: Record<string, string>;
}

export class FakeContents {
  private readonly commits: SeededCommit[] = [];
  private readonly branches = new Map<string, SeededCommit>();
  /** Download tokens handed out in redirects: token -> the codeload path it opens. */
  private readonly downloads = new Map<string, string>();

  constructor(private readonly fake: FakeGitHub) {
    fake.handle('repos/get-content', (r) => this.getContent(r));
    fake.handle('repos/download-tarball-archive', (r) => this.redirectToTarball(r));
    fake.codeload((r) => this.serveTarball(r));
  }

  /** The repository's files at `sha` (path -> text); `branches` point at this commit. */
  seedCommit(owner: string, repo: string, sha: string, files: Record<string, string>, branches: string[] = []): SeededCommit {
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`seedCommit: ${sha} is not a 40-character hex SHA`);
    const commit = { owner, repo, sha, files: normalize(files) };
    this.commits.push(commit);
    for (const branch of branches) this.branches.set(`${owner}/${repo}:${branch}`, commit);
    return commit;
  }

  private find(owner: unknown, repo: unknown, ref: unknown): SeededCommit | undefined {
    const same = this.commits.filter((c) => c.owner.toLowerCase() === String(owner).toLowerCase() && c.repo.toLowerCase() === String(repo).toLowerCase());
    if (ref === undefined) return same.at(-1);
    const name = String(ref);
    const branch = this.branches.get(`${same[0]?.owner}/${same[0]?.repo}:${name.replace(/^refs\/heads\//, '')}`);
    if (branch) return branch;
    const hits = name.length >= 7 ? same.filter((c) => c.sha.startsWith(name.toLowerCase())) : [];
    return new Set(hits.map((c) => c.sha)).size === 1 ? hits[0] : undefined;
  }

  private getContent(r: FakeRequest): FakeReply {
    const commit = this.find(r.params.owner, r.params.repo, r.query.ref);
    const notFound: FakeReply = { status: 404, body: basicError(404, 'Not Found', 'https://docs.github.com/rest/repos/contents#get-repository-content') };
    if (!commit) return notFound;
    const path = String(r.params.path).replace(/^\/+|\/+$/g, '');
    const file = commit.files[path];
    if (file !== undefined) {
      if (String(r.headers.accept ?? '').includes('application/vnd.github.raw')) {
        // The raw media type answers the bytes, not JSON: the description documents only the JSON forms.
        return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: file, isOffSpec: true };
      }
      const entry = this.entry(commit, path, 'file');
      return { status: 200, body: { ...entry, content: base64Lines(file), encoding: 'base64' } };
    }
    const children = this.children(commit, path);
    return children.length > 0 ? { status: 200, body: children } : notFound;
  }

  /** The immediate children of a directory (`''` is the root), directories first as GitHub lists them. */
  private children(commit: SeededCommit, dir: string): Json[] {
    const prefix = dir === '' ? '' : `${dir}/`;
    const names = new Map<string, 'file' | 'dir'>();
    for (const path of Object.keys(commit.files)) {
      if (!path.startsWith(prefix)) continue;
      const [name, ...rest] = path.slice(prefix.length).split('/');
      names.set(name, rest.length > 0 ? 'dir' : 'file');
    }
    return [...names]
      .sort(([a, ta], [b, tb]) => (ta === tb ? a.localeCompare(b) : ta === 'dir' ? -1 : 1))
      .map(([name, type]) => this.entry(commit, `${prefix}${name}`, type));
  }

  private entry(commit: SeededCommit, path: string, type: 'file' | 'dir'): Json {
    const api = `${this.fake.url}/repos/${commit.owner}/${commit.repo}`;
    const html = `https://github.com/${commit.owner}/${commit.repo}/${type === 'file' ? 'blob' : 'tree'}/${commit.sha}/${path}`;
    const content = commit.files[path];
    const sha = type === 'file' ? gitObjectSha('blob', content) : gitObjectSha('tree', path);
    const git = `${api}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`;
    const self = `${api}/contents/${path}?ref=${commit.sha}`;
    return {
      type,
      size: type === 'file' ? Buffer.byteLength(content) : 0,
      name: path.split('/').at(-1),
      path,
      sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: type === 'file' ? `https://raw.githubusercontent.com/${commit.owner}/${commit.repo}/${commit.sha}/${path}` : null,
      _links: { self, git, html },
    };
  }

  private redirectToTarball(r: FakeRequest): FakeReply {
    const commit = this.find(r.params.owner, r.params.repo, r.params.ref);
    if (!commit) return { status: 404, body: basicError(404, 'Not Found', 'https://docs.github.com/rest/repos/contents#download-a-repository-archive-tar') };
    const path = `/${commit.owner}/${commit.repo}/legacy.tar.gz/${commit.sha}`;
    const token = `GHSAT0AAAAA${crypto.randomBytes(16).toString('hex').toUpperCase()}`;
    this.downloads.set(token, path);
    return { status: 302, headers: { location: `${this.fake.codeloadUrl}${path}?token=${token}` } };
  }

  private serveTarball: CodeloadHandler = ({ url }): ReturnType<CodeloadHandler> => {
    const path = url.pathname.slice(new URL(this.fake.codeloadUrl).pathname.length);
    const token = url.searchParams.get('token') ?? '';
    if (this.downloads.get(token) !== path) return { status: 404, headers: { 'content-type': 'text/plain' }, body: '404: Not Found' };
    const [, owner, repo, , sha] = path.split('/');
    const commit = this.find(owner, repo, sha);
    if (!commit) return { status: 404, headers: { 'content-type': 'text/plain' }, body: '404: Not Found' };
    const top = `${commit.owner}-${commit.repo}-${commit.sha.slice(0, 7)}`;
    const files = Object.fromEntries(Object.entries(commit.files).map(([p, text]) => [`${top}/${p}`, text]));
    const body = tarGz(files, { commitSha: commit.sha });
    return {
      status: 200,
      headers: {
        'content-type': 'application/x-gzip',
        'content-disposition': `attachment; filename=${top}.tar.gz`,
        'content-length': String(body.length),
      },
      body,
    };
  };
}

/** Paths without leading `./` or `/`, `/`-separated. */
function normalize(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^(\.\/|\/)+/, ''), text]));
}

/** The object id git gives a blob (or, for directories here, a stable stand-in). */
function gitObjectSha(kind: 'blob' | 'tree', content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return crypto
    .createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${kind} ${bytes.length}\u0000`), bytes]))
    .digest('hex');
}

/** Base64 in lines of 60 characters, each ending in a newline, as the contents API sends it. */
function base64Lines(text: string): string {
  const b64 = Buffer.from(text, 'utf8').toString('base64');
  return b64 === '' ? '' : `${b64.match(/.{1,60}/g)?.join('\n')}\n`;
}
