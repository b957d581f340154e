import rule from '../../../../src/core/secrets/rules/supabase-secret-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('supabase-secret-key');
const key = ['sb_secret_', t.base64url(22), '_', t.alnum(8)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SUPABASE_SECRET_KEY=${key}`, secret: key },
    { text: `const admin = createClient(url, "${key}");`, secret: key, file: 'server/admin.ts' },
  ],
  ignores: [
    { text: 'SUPABASE_SECRET_KEY=sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz', why: 'the Supabase CLI local-development key' },
    { text: 'SUPABASE_SECRET_KEY=sb_secret_...', why: 'elided' },
    { text: `SUPABASE_SECRET_KEY=sb_secret_${t.base64url(12)}`, why: 'too short' },
  ],
});
