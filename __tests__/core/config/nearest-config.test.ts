import path from 'node:path';
import { nearestConfigDirectory, nestedConfigDirectories } from '../../../src/core/config/nearest-config';
import { loadWorkspace } from '../../../src/core/source/workspace';
import { tempRepo } from '../../helpers/temp-repo';

describe('nearestConfigDirectory', () => {
  test('the directory itself, else the nearest above with stackgate.yml, stackgate.yaml or .github/stackgate.yml', () => {
    const repo = tempRepo({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.github/stackgate.yml': 'failOn: error\n',
      'a/stackgate.yaml': 'failOn: error\n',
      'a/b/c/compose.yml': 'services: {}\n',
      'd/e/compose.yml': 'services: {}\n',
    });
    try {
      expect(nearestConfigDirectory(path.join(repo.root, 'a/b/c'))).toBe(path.join(repo.root, 'a'));
      expect(nearestConfigDirectory(path.join(repo.root, 'a'))).toBe(path.join(repo.root, 'a'));
      expect(nearestConfigDirectory(path.join(repo.root, 'd/e'))).toBe(repo.root);
    } finally {
      repo.cleanup();
    }
  });

  test('never above the top level of the git work tree; a directory named stackgate.yml is no config', () => {
    const outer = tempRepo({ 'stackgate.yml': 'failOn: error\n', 'repo/.git': 'gitdir: ../elsewhere\n', 'repo/stacks/stackgate.yml/x': '' });
    try {
      expect(nearestConfigDirectory(path.join(outer.root, 'repo/stacks'))).toBeUndefined();
      expect(nearestConfigDirectory(path.join(outer.root, 'repo'))).toBeUndefined();
    } finally {
      outer.cleanup();
    }
  });
});

describe('nestedConfigDirectories', () => {
  test('the outermost subdirectories with a stackgate.yml of their own, not ignored, included and not excluded', () => {
    const repo = tempRepo({
      'stackgate.yml': '{}\n',
      '.github/stackgate.yml': '{}\n',
      '.gitignore': 'scratch/\n',
      'fleet/a/stackgate.yml': '{}\n',
      'fleet/a/inner/stackgate.yml': '{}\n',
      'fleet/b/.github/stackgate.yaml': '{}\n',
      'vendor/x/stackgate.yml': '{}\n',
      'scratch/stackgate.yml': '{}\n',
      'docs/stackgate.yml.example': '{}\n',
    });
    try {
      const paths = (root: string) => loadWorkspace({ root }).paths;
      expect(nestedConfigDirectories(paths(repo.root), { exclude: ['vendor/**'] })).toEqual(['fleet/a', 'fleet/b']);
      expect(nestedConfigDirectories(paths(repo.root), { include: ['fleet/b/**', 'vendor/**'] })).toEqual(['fleet/b', 'vendor/x']);
      expect(nestedConfigDirectories(paths(path.join(repo.root, 'fleet/a')))).toEqual(['inner']);
    } finally {
      repo.cleanup();
    }
  });
});
