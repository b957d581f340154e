import { missingLocation } from '../../../src/core/checks/missing-location';

describe('where a repository check reports what is missing', () => {
  test('stackgate.yml of the repository', () => {
    expect(missingLocation({ configFile: '.github/stackgate.yml', paths: ['README.md'] })).toEqual({ file: '.github/stackgate.yml', line: 1, column: 1 });
  });
  test('a --config from outside the repository is not a place in it: the README instead', () => {
    expect(missingLocation({ configFile: '../../ci/stackgate.yml', paths: ['README.md', 'src/a.ts'] }).file).toBe('README.md');
    expect(missingLocation({ configFile: '/etc/stackgate.yml', paths: ['docs/x.md'] }).file).toBe('.');
  });
  test('no config: the README, else the repository', () => {
    expect(missingLocation({ paths: ['readme.rst'] }).file).toBe('readme.rst');
    expect(missingLocation({ paths: ['src/index.ts'] }).file).toBe('.');
  });
});
