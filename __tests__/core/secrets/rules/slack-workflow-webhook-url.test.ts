import rule from '../../../../src/core/secrets/rules/slack-workflow-webhook-url';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, DIGITS, HEX, UPPER_ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['https://hooks.slack.com/triggers/T', fake(UPPER_ALNUM, 10, 't'), '/', fake(DIGITS, 13, 'id'), '/', fake(HEX, 32, 'slack-trigger')].join('');
const workflow = [
  'https://hooks.slack.com/workflows/T',
  fake(UPPER_ALNUM, 10, 't'),
  '/A',
  fake(UPPER_ALNUM, 10, 'a'),
  '/',
  fake(DIGITS, 18, 'wf'),
  '/',
  fake(ALNUM, 32, 'slack-wf'),
].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SLACK_WORKFLOW_URL=${token}`, secret: token },
    { text: `  url: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `requests.post("${workflow}", json=payload)`, secret: workflow, file: 'notify.py' },
  ],
  ignores: [
    { text: `SLACK_WORKFLOW_URL=https://hooks.slack.com/triggers/TXXXXXXXX/0000000000/${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `SLACK_WORKFLOW_URL=\${SLACK_WORKFLOW_URL}`, why: 'reference' },
    { text: `SLACK_WORKFLOW_URL=https://hooks.slack.com/services/T000/B000/abc`, why: 'incoming webhook, other rule' },
  ],
});
