import { repositoryFileState } from '../../../src/core/source/file-state';
import { loadWorkspace } from '../../../src/core/source/workspace';
import { tempRepo } from '../../helpers/temp-repo';

test('a path is present, ignored by a root or nested .gitignore, or missing', () => {
  const repo = tempRepo({
    '.gitignore': '.env\n*.local\n',
    'docker-compose.yml': 'services: {}\n',
    'stacks/prod/.gitignore': 'secrets/\n',
    'stacks/prod/app.env': 'A=1\n',
  });
  try {
    const ws = loadWorkspace({ root: repo.root });
    expect(repositoryFileState(ws, 'stacks/prod/app.env')).toBe('present');
    expect(repositoryFileState(ws, './stacks/prod/app.env')).toBe('present');
    expect(repositoryFileState(ws, '.env')).toBe('ignored');
    expect(repositoryFileState(ws, 'stacks/dev/settings.local')).toBe('ignored');
    expect(repositoryFileState(ws, 'stacks/prod/secrets/db.env')).toBe('ignored');
    expect(repositoryFileState(ws, 'stacks/dev/secrets/db.env')).toBe('missing');
    expect(repositoryFileState(ws, 'stacks/prod/other.env')).toBe('missing');
  } finally {
    repo.cleanup();
  }
});
