import { defineSecretRule } from '../rule';

/**
 * `https://hooks.slack.com/services/T…/B…/<24 characters>`: anyone holding it can post to the channel.
 */
export default defineSecretRule({
  id: 'slack-webhook-url',
  provider: 'Slack',
  description: 'Slack incoming webhook URL',
  keywords: ['hooks.slack.com'],
  pattern: /(?<secret>https?:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{23,25})(?![A-Za-z0-9])/,
  minEntropy: 3,
  validate: (url) => new Set(url.slice(url.lastIndexOf('/') + 1)).size >= 10,
});
