import check from '../../../../src/core/checks/kubernetes/duplicate-env';
import { describeCheck } from '../../../helpers/check-cases';
import { deploymentManifest } from '../../../helpers/deployment-manifest';

const deployment = (...env: string[]): string => deploymentManifest({ container: ['env:', ...env.map((l) => `  ${l}`)] });

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    {
      name: 'distinct names, one from a secret',
      code: deployment('- name: LOG_LEVEL', '  value: info', '- name: GITHUB_TOKEN', '  valueFrom: { secretKeyRef: { name: gh, key: token } }'),
    },
    {
      name: 'same name in two containers',
      code:
        deployment('- name: PORT', '  value: "8080"') +
        [
          '        - name: proxy',
          '          image: envoyproxy/envoy:v1.31.0',
          '          env:',
          '            - name: PORT',
          '              value: "9090"',
          '',
        ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'LOG_LEVEL twice',
      code: deployment('- name: LOG_LEVEL', '  value: info', '- name: GITHUB_HOST', '  value: github.com', '- name: LOG_LEVEL', '  value: debug'),
      errors: [{ line: 18, messageId: 'duplicate', message: 'Deployment/mcp: container "server" sets LOG_LEVEL again (first set at line 14)' }],
    },
  ],
});
