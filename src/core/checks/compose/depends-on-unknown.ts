import { suggest } from '../../did-you-mean';
import { defineCheck } from '../types';
import { dependenciesOf } from './_depends-on';

export default defineCheck({
  id: 'compose/depends-on-unknown',
  target: 'compose-service',
  meta: {
    title: 'depends_on names a service that does not exist',
    category: 'correctness',
    severity: 'error',
    rationale:
      '`docker compose up` refuses the whole stack with "depends on undefined service", usually because of a typo or a service that an environment override removed or renamed.',
    remediation: 'Fix the name, add the service to the stack, or mark the dependency `required: false` if it is optional.',
    messages: {
      unknown: 'service "{{service}}" depends on "{{dependency}}", which stack "{{stack}}" does not define{{hint}}',
    },
  },
  check(ctx) {
    const servicesNode = ctx.stack.node.entries.get('services');
    const defined = servicesNode?.kind === 'map' ? [...servicesNode.entries.keys()] : [];
    for (const dep of dependenciesOf(ctx.service.node)) {
      if (!dep.isRequired || defined.includes(dep.name)) continue;
      const suggestion = suggest(dep.name, defined);
      ctx.report({
        messageId: 'unknown',
        data: { service: ctx.service.name, dependency: dep.name, stack: ctx.stack.name, hint: suggestion ? `; did you mean "${suggestion}"?` : '' },
        at: dep.path,
      });
    }
  },
});
