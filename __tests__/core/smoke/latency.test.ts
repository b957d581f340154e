import { latencyStats, percentile } from '../../../src/core/smoke/latency';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the value at rank ceil(p/100 × n) of the sorted samples', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 51)).toBe(30);
    expect(percentile([10, 20, 30, 40, 50], 50)).toBe(30);
  });

  it('returns a sample, never an interpolated value', () => {
    expect(percentile([1, 100], 50)).toBe(1);
    expect(percentile([1, 100], 75)).toBe(100);
  });

  it('clamps to the first and the last sample', () => {
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 150)).toBe(100);
  });

  it('takes the only sample of one', () => {
    expect(percentile([42], 50)).toBe(42);
    expect(percentile([42], 99)).toBe(42);
  });

  it('is 0 without samples', () => {
    expect(percentile([], 95)).toBe(0);
  });
});

describe('latencyStats', () => {
  it('is undefined without samples', () => {
    expect(latencyStats([])).toBeUndefined();
  });

  it('sorts the samples numerically (not as strings) before taking percentiles', () => {
    // As strings, 100 would sort before 20.
    const stats = latencyStats([100, 20, 3, 1000, 50]);
    expect(stats).toEqual({ samples: 5, p50Ms: 50, p95Ms: 1000, p99Ms: 1000, maxMs: 1000 });
  });

  it('reports p50, p95, p99 and the maximum of many samples', () => {
    const samples = Array.from({ length: 200 }, (_, i) => 200 - i); // 200 … 1, unsorted
    expect(latencyStats(samples)).toEqual({ samples: 200, p50Ms: 100, p95Ms: 190, p99Ms: 198, maxMs: 200 });
  });

  it('shows a single slow call in p99 but not in p50', () => {
    const stats = latencyStats([...Array.from({ length: 99 }, () => 10), 5000])!;
    expect(stats.p50Ms).toBe(10);
    expect(stats.p95Ms).toBe(10);
    expect(stats.p99Ms).toBe(10);
    expect(stats.maxMs).toBe(5000);
    const stats2 = latencyStats([...Array.from({ length: 98 }, () => 10), 5000, 6000])!;
    expect(stats2.p99Ms).toBe(5000);
  });

  it('rounds to hundredths of a millisecond', () => {
    expect(latencyStats([1.23456, 2.98765])).toEqual({ samples: 2, p50Ms: 1.23, p95Ms: 2.99, p99Ms: 2.99, maxMs: 2.99 });
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    latencyStats(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});
