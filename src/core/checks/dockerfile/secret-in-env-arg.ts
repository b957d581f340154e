import { Arg, Env, type Property } from 'dockerfile-ast';
import { defaultDetectors, detectSecret } from '../../secrets/detector';
import { defineCheck } from '../types';
import { locOf } from './_stages';

const CREDENTIALS_IN_URL = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^/\s@]+)@/i;

function isReference(value: string): boolean {
  return /^\$\{?[A-Za-z_][A-Za-z0-9_]*(:?[-?][^}]*)?\}?$/.test(value.trim());
}

export default defineCheck({
  id: 'dockerfile/secret-in-env-arg',
  target: 'dockerfile',
  meta: {
    title: 'Secret baked into ENV or ARG',
    category: 'security',
    readiness: 'secrets',
    severity: 'error',
    rationale:
      'ENV values are stored in the image config and ARG values in its build history: anyone who can pull the image reads them with `docker inspect` or `docker history`, and they end up in every registry mirror and cache. hadolint has no rule for this; trivy and dockle (CIS-DI-0010) flag it.',
    remediation:
      'Remove the value from the Dockerfile and rotate the secret. Pass it at runtime (Compose `secrets:`, a Kubernetes Secret, or an environment variable set by the deployment), or at build time with `RUN --mount=type=secret,id=npm_token ...`.',
    messages: {
      secretValue: '{{keyword}} {{name}} holds a secret ({{description}}, {{redacted}}) that anyone who can pull the image can read',
      credentialsInUrl: '{{keyword}} {{name}} contains a URL with an embedded password (value not shown)',
    },
  },
  check(ctx) {
    // The value itself never reaches a message: only the variable name and the detector's redacted preview.
    for (const instr of ctx.dockerfile.getInstructions()) {
      let properties: Property[];
      if (instr instanceof Env) properties = instr.getProperties();
      else if (instr instanceof Arg) {
        const p = instr.getProperty();
        properties = p ? [p] : [];
      } else continue;
      const keyword = instr.getKeyword();
      for (const p of properties) {
        const name = p.getName();
        const value = p.getValue();
        if (typeof value !== 'string' || value.trim() === '' || isReference(value)) continue;
        const password = CREDENTIALS_IN_URL.exec(value.trim())?.[1];
        if (password !== undefined && !isReference(password)) {
          ctx.report({ messageId: 'credentialsInUrl', data: { keyword, name }, at: locOf(ctx.file, instr) });
          continue;
        }
        const match = detectSecret({ key: name, value }, defaultDetectors);
        if (match)
          ctx.report({
            messageId: 'secretValue',
            data: { keyword, name, description: match.description, redacted: match.redacted },
            at: locOf(ctx.file, instr),
          });
      }
    }
  },
});
