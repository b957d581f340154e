import check from '../../../../src/core/checks/compose/container-name';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'no container_name', code: 'services:\n  web:\n    image: x:1\n    deploy:\n      replicas: 3\n' }],
  invalid: [
    {
      name: 'fixed name',
      code: 'services:\n  web:\n    image: x:1\n    container_name: mcp-web\n',
      errors: [{ line: 4, messageId: 'fixedName', message: 'service "web" sets container_name "mcp-web"' }],
    },
    {
      name: 'fixed name with replicas',
      code: 'services:\n  web:\n    image: x:1\n    container_name: mcp-web\n    deploy:\n      replicas: 2\n',
      errors: [{ line: 4, messageId: 'withReplicas', message: '2 replicas' }],
    },
  ],
});
