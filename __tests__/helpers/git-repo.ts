/** A real git repository in a temp directory, for tests of diff, history and staged scanning. */
import { execFileSync } from 'node:child_process';
import { tempRepo, type TempRepo } from './temp-repo';

export interface GitRepo extends TempRepo {
  git(...args: string[]): string;
  commit(message: string, files?: Record<string, string>): string;
}

export function gitRepo(files: Record<string, string> = {}): GitRepo {
  const repo = tempRepo(files);
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: repo.root,
  };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo.root, encoding: 'utf8', env }).trim();
  git('init', '-q', '-b', 'main');
  const commit = (message: string, more: Record<string, string> = {}): string => {
    for (const [f, c] of Object.entries(more)) repo.write(f, c);
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  return { ...repo, git, commit };
}
