/** The driver an environment's deploy section names (the schema guarantees exactly one). */
import { driverOf, type DeployConfig } from '../../core/config/deploy-schema';
import type { DeployDriver } from '../../core/deploy/driver';
import { composeDriver } from './compose';
import { kubernetesDriver } from './kubernetes';
import { portainerDriver } from './portainer';
import { webhookDriver } from './webhook';
import type { WebhookOrigin } from './webhook-payload';

export function createDriver(config: DeployConfig, origin: WebhookOrigin = {}): DeployDriver {
  switch (driverOf(config)) {
    case 'portainer':
      return portainerDriver(config.portainer!);
    case 'kubernetes':
      return kubernetesDriver(config.kubernetes!);
    case 'compose':
      return composeDriver(config.compose!);
    case 'webhook':
      return webhookDriver(config.webhook!, origin);
  }
}
