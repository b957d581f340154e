import check from '../../../../src/core/checks/core/parse-error';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'valid YAML', code: 'services:\n  a:\n    image: x:1\n' }],
  invalid: [
    { name: 'unclosed flow sequence', code: 'services:\n  a:\n    ports: [80:80\n    image: x\n', errors: [{ line: 4, messageId: 'syntax' }] },
    {
      name: 'bad indentation in a manifest',
      files: { 'k8s/a.yaml': 'apiVersion: v1\nkind: Service\n  metadata: x\n' },
      errors: [{ file: 'k8s/a.yaml', line: 2 }],
    },
    { name: 'broken dashboard JSON', files: { 'd.json': '{"panels": [1, 2,}' }, errors: [{ file: 'd.json', line: 1 }] },
  ],
});
