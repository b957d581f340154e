import check from '../../../../src/core/checks/compose/schema';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'a complete service',
      code: [
        'name: mcp',
        'services:',
        '  web:',
        '    image: ghcr.io/acme/mcp:1.2.3',
        '    ports: ["127.0.0.1:8080:8080"]',
        '    environment:',
        '      - LOG_LEVEL=info',
        '    labels:',
        '      com.mcp.type: server',
        '    deploy:',
        '      replicas: 2',
        '      resources:',
        '        limits: { memory: 512M, cpus: "0.5" }',
        '    mem_limit: 512m',
        '    healthcheck:',
        '      test: ["CMD", "true"]',
        '      interval: 10s',
        '      retries: 3',
        '    depends_on:',
        '      db: { condition: service_healthy }',
        '  db:',
        '    image: postgres:16',
        'volumes:',
        '  data: {}',
        '',
      ].join('\n'),
    },
    {
      name: 'x- extension keys and ${VARIABLE} in typed fields',
      code: 'x-common: &common\n  restart: always\nservices:\n  web:\n    <<: *common\n    image: nginx:1.27\n    x-note: anything\n    privileged: ${PRIV:-false}\n    deploy:\n      replicas: ${REPLICAS:-2}\n',
    },
    {
      name: 'override files with !reset and !override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n  debug:\n    image: busybox:1.36\n',
        'stacks/prod/docker-compose.yml': 'services:\n  debug: !reset null\n  web:\n    ports: !override ["8080:80"]\n',
      },
    },
    {
      name: 'booleans and numbers written as strings',
      code: 'services:\n  web:\n    image: nginx:1.27\n    read_only: "true"\n    deploy:\n      replicas: "3"\n    cpus: "1.5"\n',
    },
  ],
  invalid: [
    {
      name: 'unknown service key with a suggestion',
      code: 'services:\n  web:\n    image: nginx:1.27\n    healtcheck:\n      test: ["CMD", "true"]\n',
      errors: [{ line: 4, messageId: 'unknownKey', message: 'services.web: unknown key "healtcheck"; did you mean "healthcheck"?' }],
    },
    {
      name: 'unknown top-level key',
      code: 'servics:\n  web:\n    image: nginx:1.27\n',
      errors: [{ line: 1, messageId: 'unknownKey', message: 'did you mean "services"?' }],
    },
    {
      name: 'wrong type: ports must be a list',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: "80:80"\n',
      errors: [{ line: 4, messageId: 'invalid', message: 'services.web.ports: must be array' }],
    },
    {
      name: 'replicas: "three"',
      code: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      replicas: "three"\n',
      errors: [{ line: 5, messageId: 'invalid', message: 'services.web.deploy.replicas: must be an integer or a ${VARIABLE}, got "three"' }],
    },
    {
      name: 'oneOf noise is reduced to the branch that matched (build object)',
      code: 'services:\n  web:\n    build:\n      contxt: .\n',
      errors: [{ line: 4, messageId: 'unknownKey', message: 'services.web.build: unknown key "contxt"; did you mean "context"?' }],
    },
    {
      name: 'long port syntax with a bad target',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - target: http\n        published: 80\n',
      errors: [{ line: 5, messageId: 'invalid', message: 'services.web.ports[0].target: must be an integer' }],
    },
    {
      name: 'depends_on long syntax typo',
      code: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condtion: service_healthy\n  db:\n    image: postgres:16\n',
      errors: [{ line: 6, messageId: 'unknownKey', message: 'did you mean "condition"?' }],
    },
    {
      name: 'several problems in one file, each on its own line',
      code: 'services:\n  web:\n    image: 5\n    privileged: maybe\n    healthcheck:\n      retries: many\n      intervl: 5s\n',
      errors: [
        { line: 3, messageId: 'invalid', message: 'services.web.image: must be string' },
        { line: 4, messageId: 'invalid', message: 'must be a boolean' },
        { line: 6, messageId: 'invalid', message: 'services.web.healthcheck.retries: must be a number' },
        { line: 7, messageId: 'unknownKey', message: 'did you mean "interval"?' },
      ],
    },
    {
      name: 'an override file is validated on its own lines',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n',
        'stacks/prod/docker-compose.yml': '# prod\nservices:\n  web:\n    restart: always\n    deploy:\n      replicas: many\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 6, messageId: 'invalid', message: 'replicas' }],
    },
  ],
});
