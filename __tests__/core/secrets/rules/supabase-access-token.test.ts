import rule from '../../../../src/core/secrets/rules/supabase-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('supabase-access-token');
const token = ['sbp_', t.hex(40)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SUPABASE_ACCESS_TOKEN=${token}`, secret: token },
    { text: `          SUPABASE_ACCESS_TOKEN: ${token}`, secret: token, file: '.github/workflows/migrate.yml' },
  ],
  ignores: [
    { text: `SUPABASE_ACCESS_TOKEN=sbp_${'0'.repeat(40)}`, why: 'placeholder' },
    { text: `SUPABASE_ACCESS_TOKEN=sbp_${t.hex(20)}`, why: 'too short' },
  ],
});
