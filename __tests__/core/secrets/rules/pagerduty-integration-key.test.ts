import rule from '../../../../src/core/secrets/rules/pagerduty-integration-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const secret = fake(HEX, 32, 'pd-routing');

describeSecretRule(rule, {
  matches: [
    { text: `PAGERDUTY_ROUTING_KEY=${secret}`, secret },
    { text: `  pagerduty_routing_key: "${secret}"`, secret, file: 'alertmanager.yml' },
    { text: `    pagerduty_integration_key = "${secret}"`, secret, file: 'main.tf' },
    { text: `      - routing_key: ${secret}`, secret, file: 'alertmanager/alertmanager.yml' },
    { text: `        service_key: '${secret}'`, secret, file: 'alertmanager.yml' },
    { text: `curl -X POST https://events.pagerduty.com/integration/${secret}/enqueue -d @event.json`, secret, file: 'scripts/page.sh' },
  ],
  ignores: [
    { text: `PAGERDUTY_ROUTING_KEY=${'0'.repeat(32)}`, why: 'placeholder' },
    { text: `PAGERDUTY_ROUTING_KEY=\${PAGERDUTY_ROUTING_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
    { text: `      routing_key: orders.created.v2`, file: 'rabbitmq.yml', why: 'a message-queue routing key' },
    { text: `      routing_key: <secret>`, file: 'alertmanager.yml', why: 'placeholder' },
  ],
});
