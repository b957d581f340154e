import rule from '../../../../src/core/secrets/rules/slack-webhook-url';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, UPPER_ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['https://hooks.slack.com/services/T', fake(UPPER_ALNUM, 10, 't'), '/B', fake(UPPER_ALNUM, 10, 'b'), '/', fake(ALNUM, 24, 'slack-hook')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SLACK_WEBHOOK_URL=${token}`, secret: token },
    { text: `  slack_api_url: "${token}"`, secret: token, file: 'alertmanager.yml' },
    { text: `curl -X POST -H "Content-type: application/json" --data "{}" ${token}`, secret: token, file: 'notify.sh' },
  ],
  ignores: [
    { text: `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX`, why: 'placeholder' },
    { text: `SLACK_WEBHOOK_URL=\${SLACK_WEBHOOK_URL}`, why: 'reference' },
    { text: `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T000/B000/abc`, why: 'too short' },
  ],
});
