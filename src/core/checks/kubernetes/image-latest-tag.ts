import { isTemplated, parseImageReference } from '../../kubernetes/image-reference';
import { helmValuesSettingsOf } from '../../kubernetes/helm-values-settings';
import { containersOf, objectLabel } from '../../kubernetes/objects';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/image-latest-tag',
  target: 'kubernetes-object',
  meta: {
    title: 'Container image is untagged or uses :latest',
    category: 'supply-chain',
    severity: 'error',
    rationale:
      'A mutable tag means two pods of the same Deployment can run different code, a rollback does not roll anything back, and a node restart silently upgrades the MCP server. kube-linter (latest-tag) and Polaris (tagNotSpecified) flag it.',
    remediation: 'Pin a version tag built by CI (`ghcr.io/acme/mcp-server:1.4.2`), ideally with its digest (`...:1.4.2@sha256:...`).',
    messages: {
      untagged: '{{object}}: container "{{container}}" image "{{image}}" has no tag (defaults to :latest)',
      latest: '{{object}}: container "{{container}}" image "{{image}}" uses the mutable :latest tag',
      missing: '{{object}}: container "{{container}}" has no image',
      helmValuesUntagged: '{{object}}: Helm values {{field}} set image "{{image}}" ({{setting}}) without a tag (defaults to :latest)',
      helmValuesLatest: '{{object}}: Helm values {{field}} set image "{{image}}" ({{setting}}) with the mutable :latest tag',
    },
  },
  check(ctx) {
    for (const ref of helmValuesSettingsOf(ctx.object, 'image')) {
      const data = { object: objectLabel(ctx.object), field: ref.field, setting: ref.name, image: ref.setting.image };
      ctx.report({ messageId: ref.setting.problem === 'latest' ? 'helmValuesLatest' : 'helmValuesUntagged', data, at: ref.at });
    }
    for (const c of containersOf(ctx.object)) {
      const image = c.value.image;
      const data = { object: objectLabel(ctx.object), container: c.name, image: String(image ?? '') };
      if (typeof image !== 'string' || !image.trim()) {
        if (c.kind !== 'ephemeralContainer') ctx.report({ messageId: 'missing', data, at: c.path });
        continue;
      }
      if (isTemplated(image)) continue;
      const ref = parseImageReference(image);
      if (ref.digest) continue;
      if (ref.tag === undefined) ctx.report({ messageId: 'untagged', data, at: [...c.path, 'image'] });
      else if (ref.tag === 'latest') ctx.report({ messageId: 'latest', data, at: [...c.path, 'image'] });
    }
  },
});
