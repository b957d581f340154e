import rule from '../../../../src/core/secrets/rules/aws-session-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const token = ['IQoJb3JpZ2luX2Vj', fake(BASE64, 360, 'aws-session-token')].join('');
const older = ['FwoGZXIvYXdz', fake(BASE64, 280, 'aws-session-token-2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AWS_SESSION_TOKEN=${token}`, secret: token },
    { text: `aws_session_token = ${older}`, secret: older, file: '.aws/credentials' },
    { text: `  "SessionToken": "${token}",`, secret: token, file: 'sts-response.json' },
  ],
  ignores: [
    { text: `AWS_SESSION_TOKEN=${'IQoJb3JpZ2luX2Vj' + 'x'.repeat(200)}`, why: 'placeholder' },
    {
      text: `AWS_SESSION_TOKEN=${'AQoDYXdzEPT' + fake(BASE64, 120, 'docs') + 'EXAMPLE' + fake(BASE64, 40, 'docs2')}`,
      why: 'documentation example (contains EXAMPLE)',
    },
    { text: `AWS_SESSION_TOKEN=${'IQoJb3JpZ2luX2Vj' + fake(BASE64, 40, 'short')}`, why: 'too short' },
  ],
});
