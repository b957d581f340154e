import rule from '../../../../src/core/secrets/rules/aws-bedrock-short-term-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const url = `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${fake(BASE64, 40, 'cred')}&X-Amz-Signature=${fake(BASE64, 64, 'sig')}`;
const token = ['bedrock-api-key-', Buffer.from(url).toString('base64').replace(/=+$/, '')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AWS_BEARER_TOKEN_BEDROCK=${token}`, secret: token },
    { text: `os.environ['AWS_BEARER_TOKEN_BEDROCK'] = '${token}'`, secret: token, file: 'app.py' },
  ],
  ignores: [
    { text: `AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t`, why: 'prefix only (documentation)' },
    { text: `AWS_BEARER_TOKEN_BEDROCK="bedrock-api-key-..."`, why: 'placeholder' },
  ],
});
