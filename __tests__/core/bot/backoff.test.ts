import { retryDelayMs } from '../../../src/core/bot/backoff';

describe('retryDelayMs', () => {
  const top = (): number => 1 - Number.EPSILON;

  test('the ceiling doubles with each attempt from the base, up to the maximum', () => {
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(a, 1000, 10_000, top))).toEqual([999, 1999, 3999, 7999, 9999]);
    expect(retryDelayMs(1, undefined, undefined, top)).toBe(1999);
    expect(retryDelayMs(30, undefined, undefined, top)).toBe(299_999);
    expect(retryDelayMs(5000, undefined, undefined, top)).toBe(299_999);
  });

  test('full jitter: anywhere from 0 to the ceiling, as random says', () => {
    expect(retryDelayMs(3, 1000, 60_000, () => 0)).toBe(0);
    expect(retryDelayMs(3, 1000, 60_000, () => 0.5)).toBe(2000);
    const delays = Array.from({ length: 200 }, () => retryDelayMs(4));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(16_000);
    expect(new Set(delays).size).toBeGreaterThan(1);
  });

  test('attempts below 1, fractions and non-numbers count as the first attempt; a random outside [0, 1] is clamped', () => {
    for (const attempts of [0, -3, 0.5, Number.NaN]) expect(retryDelayMs(attempts, 1000, 10_000, top)).toBe(999);
    expect(retryDelayMs(2.9, 1000, 10_000, top)).toBe(1999);
    expect(retryDelayMs(1, 1000, 10_000, () => 7)).toBe(1000);
    expect(retryDelayMs(1, 1000, 10_000, () => -1)).toBe(0);
  });
});
