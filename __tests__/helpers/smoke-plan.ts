/** Plans for adapter tests: one or more targets through the same schema and planner as stackgate.yml. */
import { smokeSection, smokeTarget } from '../../src/core/config/smoke-schema';
import { planSmoke, type SmokePlan } from '../../src/core/smoke/plan';

export interface PlanFor {
  waitTimeout?: string;
  timeout?: string;
  concurrency?: number;
  env?: Record<string, string>;
  drift?: 'fail' | 'warn' | 'off';
  /** stackgate.yml's smoke.strict. */
  strict?: boolean;
}

/** A plan of the given targets (raw stackgate.yml target objects), short timeouts by default. */
export function planFor(targets: Record<string, Record<string, unknown>>, options: PlanFor = {}): SmokePlan {
  const parsed = Object.fromEntries(Object.entries(targets).map(([name, t]) => [name, smokeTarget.parse(t)]));
  return planSmoke(smokeSection.parse({ drift: options.drift ?? 'fail', strict: options.strict ?? false }), null, {
    env: options.env ?? {},
    targets: parsed,
    waitTimeout: options.waitTimeout ?? '3s',
    timeout: options.timeout ?? '3s',
    concurrency: options.concurrency,
  });
}
