import { usePlainEnvironment } from '../../src/bundle/plain-environment';

describe('usePlainEnvironment', () => {
  it('replaces the environment with a plain copy holding the same values', () => {
    const env = { PATH: '/usr/bin', HOME: '/home/u' };
    const proc = { platform: 'linux', env: env as NodeJS.ProcessEnv };
    usePlainEnvironment(proc);
    expect(proc.env).not.toBe(env);
    expect(proc.env).toEqual(env);
    expect(Object.getPrototypeOf(proc.env)).toBe(Object.prototype);
  });

  it('copies the real process environment, values and names alike', () => {
    const proc = { platform: 'linux', env: process.env };
    usePlainEnvironment(proc);
    expect(proc.env).not.toBe(process.env);
    expect(proc.env).toEqual({ ...process.env });
  });

  it('leaves Windows alone, where names match case-insensitively', () => {
    const env = { Path: 'C:\\Windows' } as NodeJS.ProcessEnv;
    const proc = { platform: 'win32', env };
    usePlainEnvironment(proc);
    expect(proc.env).toBe(env);
  });
});
