import { containersOf, objectLabel } from '../../kubernetes/objects';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/image-pull-policy',
  target: 'kubernetes-object',
  meta: {
    title: 'Container never pulls its image',
    category: 'reliability',
    severity: 'warning',
    rationale:
      '`imagePullPolicy: Never` only works on nodes where someone loaded the image by hand (kind, minikube); on a real cluster new or replaced nodes cannot start the pod (ErrImageNeverPull), so a node rotation takes the MCP server down.',
    remediation: 'Use `imagePullPolicy: IfNotPresent` with an immutable tag or digest (or omit the field).',
    messages: {
      never: '{{object}}: container "{{container}}" sets imagePullPolicy: Never',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      if (c.value.imagePullPolicy !== 'Never') continue;
      ctx.report({ messageId: 'never', data: { object: objectLabel(ctx.object), container: c.name }, at: [...c.path, 'imagePullPolicy'] });
    }
  },
});
