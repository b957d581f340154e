import rule from '../../../../src/core/secrets/rules/aws-mws-auth-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { fakeUuid } from '../../../helpers/fake-secret';

const token = ['amzn.mws.', fakeUuid('aws-mws')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `MWS_AUTH_TOKEN=${token}`, secret: token },
    { text: `  mws_auth_token: ${token}`, secret: token, file: 'config/seller.yml' },
    { text: `client = MWS(auth_token="${token}")`, secret: token, file: 'orders.py' },
  ],
  ignores: [
    { text: `MWS_AUTH_TOKEN=amzn.mws.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, why: 'placeholder' },
    { text: `MWS_AUTH_TOKEN=${token.toUpperCase()}`, why: 'wrong alphabet' },
    { text: `MWS_AUTH_TOKEN=${token.slice(0, -1)}`, why: 'too short' },
  ],
});
