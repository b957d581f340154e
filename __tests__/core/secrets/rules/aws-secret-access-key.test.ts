import rule from '../../../../src/core/secrets/rules/aws-secret-access-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const secret = fake(BASE64, 40, 'aws-secret-access-key');

describeSecretRule(rule, {
  matches: [
    { text: `AWS_SECRET_ACCESS_KEY=${secret}`, secret },
    { text: `aws_secret_access_key = ${secret}`, secret, file: '.aws/credentials' },
    { text: `      secretAccessKey: "${secret}"`, secret, file: 'config/storage.yaml' },
    { text: `{"AccessKeyId": "AKIA...", "SecretAccessKey": "${secret}"}`, secret, file: 'creds.json' },
    { text: `os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "${secret}")`, secret, file: 'deploy.py' },
  ],
  ignores: [
    { text: `AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, why: 'documented example key' },
    { text: `AWS_SECRET_ACCESS_KEY=${'x'.repeat(40)}`, why: 'placeholder' },
    { text: `AWS_SECRET_ACCESS_KEY=${secret.slice(1)}`, why: 'too short' },
    { text: `AWS_SECRET_ACCESS_KEY=\${AWS_SECRET_ACCESS_KEY}`, why: 'reference' },
    { text: `SIGNING_SECRET=${secret}`, why: 'not assigned to an AWS secret name' },
  ],
});
