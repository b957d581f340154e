import rule from '../../../../src/core/secrets/rules/twitter-bearer-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('twitter-bearer-token');
const token = ['A'.repeat(22), `${t.alnum(40)}%2B${t.alnum(30)}%3D${t.alnum(40)}`].join('');

describeSecretRule(rule, {
  matches: [
    { text: `TWITTER_BEARER_TOKEN=${token}`, secret: token },
    { text: `client = tweepy.Client(bearer_token="${token}")`, secret: token, file: 'bot.py' },
  ],
  ignores: [
    { text: `TWITTER_BEARER_TOKEN=${'A'.repeat(120)}`, why: 'all zero bytes' },
    { text: `TWITTER_BEARER_TOKEN=${'A'.repeat(22)}${t.alnum(20)}`, why: 'too short' },
  ],
});
