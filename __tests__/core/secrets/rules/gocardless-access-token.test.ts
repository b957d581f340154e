import rule from '../../../../src/core/secrets/rules/gocardless-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const secret = ['live_', fake(BASE64URL, 40, 'gocardless')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GOCARDLESS_ACCESS_TOKEN=${secret}`, secret },
    { text: `  gocardlessToken: "${secret}"`, secret, file: 'config.yaml' },
    { text: `const gocardlessToken = '${secret}';`, secret, file: 'src/dd.ts' },
  ],
  ignores: [
    { text: `GOCARDLESS_ACCESS_TOKEN=live_${'x'.repeat(40)}`, why: 'placeholder' },
    { text: `GOCARDLESS_ACCESS_TOKEN=\${GOCARDLESS_ACCESS_TOKEN}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
