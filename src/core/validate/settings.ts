/** Effective severity and options of every check, from defaults and stackgate.yml. */
import type { AnyCheck } from '../checks/types';
import type { StackgateConfig } from '../config/schema';
import type { Severity } from '../findings';

export interface CheckSetting {
  /** Whether the check runs at all (on globally, or for some paths through an override). */
  enabled: boolean;
  /** Severity before path overrides; `off` when only overrides turn it on. */
  severity: Severity | 'off';
  options: unknown;
  /** Whether stackgate.yml sets the check's severity (`checks.<id>`), rather than the check's default. */
  isSeveritySet: boolean;
}

export type CheckSettings = Map<string, CheckSetting>;

export function resolveCheckSettings(checks: readonly AnyCheck[], config: StackgateConfig, only?: readonly string[]): CheckSettings {
  const onlySet = only ? new Set(only) : undefined;
  const out: CheckSettings = new Map();
  for (const check of checks) {
    // stackgate.yml's setting: a severity, or {severity, options} (loadCheckedConfig checked it against the check).
    const setting = config.checks[check.id];
    let severity: Severity | 'off' = check.meta.severity;
    let rawOptions: unknown;
    const isSeveritySet = typeof setting === 'string' || !!setting?.severity;
    if (typeof setting === 'string') severity = setting;
    else if (setting) {
      if (setting.severity) severity = setting.severity;
      rawOptions = setting.options;
    }
    const options = check.options ? check.options.parse(rawOptions ?? {}) : undefined;
    // A check turned off globally may still be turned on for some paths by an override.
    const enabledByOverride = config.overrides.some((o) => {
      const s = o.checks[check.id];
      return s !== undefined && s !== 'off';
    });
    const enabled = (severity !== 'off' || enabledByOverride) && (!onlySet || onlySet.has(check.id));
    out.set(check.id, { enabled, severity, options, isSeveritySet });
  }
  return out;
}
