import rule from '../../../../src/core/secrets/rules/aws-bedrock-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, DIGITS, LOWER_ALNUM, fake } from '../../../helpers/fake-secret';

const inner = `BedrockAPIKey-${fake(LOWER_ALNUM, 4, 'id')}-at-${fake(DIGITS, 12, 'acct')}:${fake(BASE64, 60, 'bedrock')}`;
const key = ['ABSK', Buffer.from(inner).toString('base64')].join('');
const notBedrock = ['ABSK', Buffer.from(`SomethingElse-${fake(BASE64, 80, 'x')}`).toString('base64')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AWS_BEARER_TOKEN_BEDROCK=${key}`, secret: key },
    { text: `  bedrock_api_key: "${key}"`, secret: key, file: 'values.yaml' },
    { text: `const apiKey = '${key}';`, secret: key, file: 'src/llm.ts' },
  ],
  ignores: [
    { text: `AWS_BEARER_TOKEN_BEDROCK=${notBedrock}`, why: 'decodes to something other than a Bedrock key' },
    { text: `AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS0...`, why: 'truncated documentation example' },
    { text: `AWS_BEARER_TOKEN_BEDROCK=${'ABSK' + 'A'.repeat(120)}`, why: 'placeholder' },
  ],
});
