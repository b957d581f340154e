import { decodeBase64Json } from './_base64-json';
import { defineSecretRule } from '../rule';

/**
 * A signed JWT (JWS compact form): three base64url segments, the header and payload JSON objects.
 * The header is decoded and must name an `alg`. Unsigned tokens (`alg: none`, empty signature) are
 * not reported: anyone can mint one, so they grant nothing by themselves and would only be noise.
 * Kubernetes service-account tokens and Supabase keys are JWTs and are found here.
 */
export default defineSecretRule({
  id: 'jwt',
  provider: 'JSON Web Token',
  description: 'Signed JSON Web Token',
  keywords: ['eyj'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,8192}\.eyJ[A-Za-z0-9_-]{10,8192}\.[A-Za-z0-9_-]{16,8192})(?![A-Za-z0-9_.=+/-])/,
  validate: (secret) => {
    const [header, payload] = secret.split('.');
    const h = decodeBase64Json(header);
    return !!h && typeof h.alg === 'string' && h.alg.toLowerCase() !== 'none' && decodeBase64Json(payload) !== undefined;
  },
  documentedExamples: [
    // The example token shown on jwt.io and in RFC-style tutorials.
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  ],
});
