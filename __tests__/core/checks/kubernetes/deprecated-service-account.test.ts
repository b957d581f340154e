import check from '../../../../src/core/checks/kubernetes/deprecated-service-account';
import { describeCheck } from '../../../helpers/check-cases';
import { deploymentManifest } from '../../../helpers/deployment-manifest';

const deployment = (...podSpec: string[]): string => deploymentManifest({ podSpec });

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'serviceAccountName', code: deployment('serviceAccountName: mcp') },
    { name: 'neither field', code: deployment() },
  ],
  invalid: [
    {
      name: 'serviceAccount alone',
      code: deployment('serviceAccount: mcp'),
      errors: [{ line: 10, messageId: 'deprecated', message: 'Deployment/mcp sets the deprecated serviceAccount field ("mcp"); use serviceAccountName' }],
    },
    {
      name: 'both, disagreeing',
      code: deployment('serviceAccountName: mcp', 'serviceAccount: default'),
      errors: [{ line: 11, messageId: 'conflicting', message: 'serviceAccount "default" and serviceAccountName "mcp"' }],
    },
  ],
});
