import rule from '../../../../src/core/secrets/rules/microsoft-teams-webhook-url';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, HEX, fake, fakeUuid } from '../../../helpers/fake-secret';

const token = [
  'https://acme.webhook.office.com/webhookb2/',
  fakeUuid('group'),
  '@',
  fakeUuid('tenant'),
  '/IncomingWebhook/',
  fake(HEX, 32, 'teams'),
  '/',
  fakeUuid('owner'),
  '/V2',
  fake(BASE64URL, 40, 'teams-sig'),
].join('');

describeSecretRule(rule, {
  matches: [
    { text: `TEAMS_WEBHOOK_URL=${token}`, secret: token },
    { text: `  webhook_url: "${token}"`, secret: token, file: 'alertmanager.yml' },
    { text: `Invoke-RestMethod -Method Post -Uri "${token}" -Body $json`, secret: token, file: 'notify.ps1' },
  ],
  ignores: [
    { text: `TEAMS_WEBHOOK_URL=https://acme.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>`, why: 'placeholder' },
    { text: `TEAMS_WEBHOOK_URL=\${TEAMS_WEBHOOK_URL}`, why: 'reference' },
  ],
});
