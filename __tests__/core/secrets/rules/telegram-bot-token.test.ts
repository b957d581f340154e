import rule from '../../../../src/core/secrets/rules/telegram-bot-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, DIGITS, fake } from '../../../helpers/fake-secret';

const token = [fake(DIGITS, 10, 'tg'), ':AA', fake(BASE64URL, 33, 'telegram')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `TELEGRAM_BOT_TOKEN=${token}`, secret: token },
    { text: `  botToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `curl https://api.telegram.org/bot${token}/getMe`, secret: token, file: 'check.sh' },
  ],
  ignores: [
    { text: `TELEGRAM_BOT_TOKEN=123456789:AA${'x'.repeat(33)}`, why: 'placeholder' },
    { text: `TELEGRAM_BOT_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `TELEGRAM_BOT_TOKEN=\${TELEGRAM_BOT_TOKEN}`, why: 'reference' },
  ],
});
