import rule from '../../../../src/core/secrets/rules/azure-ad-client-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const secret = [fake(ALNUM, 3, 'aad'), '8Q~', fake(ALNUM + '_~.-', 34, 'aad-2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AZURE_CLIENT_SECRET=${secret}`, secret },
    { text: `  "ClientSecret": "${secret}",`, secret, file: 'appsettings.json' },
    { text: `az login --service-principal -u 00000000-0000-0000-0000-000000000000 -p "${secret}" --tenant acme`, secret, file: 'login.sh' },
  ],
  ignores: [
    { text: `AZURE_CLIENT_SECRET=abc8Q~${'x'.repeat(34)}`, why: 'placeholder' },
    { text: `AZURE_CLIENT_SECRET=${secret.slice(0, 20)}`, why: 'too short' },
    { text: `AZURE_CLIENT_SECRET=${secret.replace('Q~', 'Qx')}`, why: 'no Q~ marker' },
  ],
});
