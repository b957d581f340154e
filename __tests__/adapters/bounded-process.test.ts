/**
 * runBounded: a program that ignores SIGTERM and leaves a grandchild behind still ends by the
 * deadline with everything it started; an abort ends it at once; output is kept up to the limit.
 */
import fs from 'node:fs';
import { runBounded } from '../../src/adapters/bounded-process';

const isPosix = process.platform !== 'win32';
const itPosix = isPosix ? it : it.skip;

/** Whether a process with this pid is still running (a zombie counts as gone). */
function isRunning(pid: number): boolean {
  try {
    return !/^\S+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('runBounded', () => {
  it('gives back the exit status and both outputs', async () => {
    const res = await runBounded(process.execPath, ['-e', 'process.stdout.write("out"); process.stderr.write("err"); process.exit(3)'], {
      deadline: Date.now() + 20_000,
    });

    expect(res).toMatchObject({ code: 3, stdout: 'out', stderr: 'err', isTruncated: false });
    expect(res.killed).toBeUndefined();
  });

  it('runs the program with the environment given', async () => {
    const res = await runBounded(process.execPath, ['-e', 'process.stdout.write(`${process.env.GIVEN}|${process.env.HOME ?? "none"}`)'], {
      deadline: Date.now() + 20_000,
      env: { GIVEN: 'yes' },
    });

    expect(res.stdout).toBe('yes|none');
  });

  itPosix('kills the whole process group by the deadline, a program that ignores SIGTERM and its grandchild too', async () => {
    const script = 'trap "" TERM; sleep 300 & echo $!; wait';

    const started = Date.now();
    const res = await runBounded('sh', ['-c', script], { deadline: started + 1500 });

    expect(res.killed).toBe('deadline');
    expect(res.code).toBeNull();
    // SIGTERM is ignored: only the SIGKILL at the deadline ends it (no upper bound: timings are not asserted on noisy machines).
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    const grandchild = Number(res.stdout.trim());
    expect(grandchild).toBeGreaterThan(0);
    expect(isRunning(grandchild)).toBe(false);
  });

  itPosix('ends at once when the signal aborts', async () => {
    const cancel = new AbortController();
    const running = runBounded('sh', ['-c', 'echo started; sleep 300'], { deadline: Date.now() + 60_000, signal: cancel.signal });
    setTimeout(() => cancel.abort(), 100);

    const res = await running;

    expect(res.killed).toBe('aborted');
    expect(res.stdout).toBe('started\n');
  });

  it('keeps output up to the limit and says it dropped the rest', async () => {
    const res = await runBounded(process.execPath, ['-e', 'process.stdout.write("x".repeat(5000))'], { deadline: Date.now() + 20_000, maxOutputBytes: 1000 });

    expect(res.stdout).toBe('x'.repeat(1000));
    expect(res.isTruncated).toBe(true);
  });

  it('rejects when the program cannot be started', async () => {
    await expect(runBounded('stackgate-no-such-program', [], { deadline: Date.now() + 5000 })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
