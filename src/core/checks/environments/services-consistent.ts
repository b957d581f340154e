import type { EffectiveService } from '../../compose/types';
import { defineCheck } from '../types';
import { isDevelopmentName, promotions } from './_promotion';

export default defineCheck({
  id: 'environments/services-consistent',
  target: 'repository',
  meta: {
    title: 'Services differ between production and the environment before it',
    category: 'operations',
    severity: 'warning',
    rationale:
      'Staging exists to run what production will run. A service that only production runs was never exercised before it went live (its config, its network, its secrets); a service that staging runs but production lacks means a dependency tested in staging is missing in production. Development environments may run extra tools; the environment promoted to production may not.',
    remediation:
      "Make the Compose stacks of the environment before production (staging) and of production run the same services: move the service to the shared base file, or add it to the missing environment's override; use profiles for deliberate one-off tools.",
    messages: {
      untested: 'service "{{service}}" of stack {{stack}} runs in {{production}} but not in {{previous}}: it is never tested before production',
      missingInProduction: 'service "{{service}}" of stack {{stack}} runs in {{previous}} but not in {{production}}',
    },
  },
  check(ctx) {
    const pairs = promotions(ctx.compose.environments);
    if (!pairs.length || !ctx.compose.stacks.length) return ctx.notApplicable();
    for (const { from, to } of pairs) {
      const before = servicesByStack(ctx.compose.effective.get(from.name) ?? []);
      const after = servicesByStack(ctx.compose.effective.get(to.name) ?? []);
      for (const stack of new Set([...before.keys(), ...after.keys()])) {
        const b = before.get(stack) ?? new Map<string, EffectiveService>();
        const a = after.get(stack) ?? new Map<string, EffectiveService>();
        const data = (service: string) => ({ service, stack, production: to.name, previous: from.name });
        for (const [name, s] of a) if (!b.has(name)) ctx.report({ messageId: 'untested', data: data(name), at: s.loc });
        if (isDevelopmentName(from.name)) continue;
        for (const [name, s] of b) if (!a.has(name)) ctx.report({ messageId: 'missingInProduction', data: data(name), at: s.loc });
      }
    }
  },
});

function servicesByStack(stacks: readonly { name: string; services: EffectiveService[] }[]): Map<string, Map<string, EffectiveService>> {
  return new Map(stacks.map((s) => [s.name, new Map(s.services.map((svc) => [svc.name, svc]))]));
}
