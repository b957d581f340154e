import check from '../../../../src/core/checks/compose/log-rotation';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'a stack podman-compose runs (journald)',
      files: { 'podman/podman-compose.yml': 'services:\n  app:\n    image: example/app:1\n    restart: always\n' },
    },
    { name: 'x-podman settings', code: 'x-podman:\n  in_pod: false\nservices:\n  app:\n    image: example/app:1\n    restart: always\n' },
    {
      name: 'json-file with max-size',
      code: 'services:\n  web:\n    image: x:1\n    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n        max-file: "3"\n',
    },
    { name: 'default driver with max-size', code: 'services:\n  web:\n    image: x:1\n    logging:\n      options:\n        max-size: 10m\n' },
    { name: 'local driver rotates by default', code: 'services:\n  web:\n    image: x:1\n    logging:\n      driver: local\n' },
    {
      name: 'remote driver',
      code: 'services:\n  web:\n    image: x:1\n    logging:\n      driver: gelf\n      options:\n        gelf-address: udp://graylog:12201\n',
    },
    { name: 'not checked outside production', code: 'services:\n  web:\n    image: x:1\n', config: { environments: { dev: {} } } },
    {
      name: 'shared through an x- anchor',
      code: 'x-logging: &logging\n  driver: json-file\n  options:\n    max-size: 10m\nservices:\n  web:\n    image: x:1\n    logging: *logging\n',
    },
    {
      name: 'a one-shot job the others wait for (a model download)',
      code: 'services:\n  pull-model:\n    image: x:1\n    logging:\n      driver: json-file\n  api:\n    image: y:1\n    logging:\n      driver: local\n    depends_on:\n      pull-model:\n        condition: service_completed_successfully\n',
    },
  ],
  invalid: [
    {
      name: 'a Podman stack that asks for json-file without max-size',
      files: { 'podman-compose.yml': 'services:\n  app:\n    image: example/app:1\n    restart: always\n    logging:\n      driver: json-file\n' },
      errors: [{ file: 'podman-compose.yml', line: 5 }],
    },
    {
      name: 'a directory whose name only contains podman',
      files: { 'podman-tools/docker-compose.yml': 'services:\n  app:\n    image: example/app:1\n    restart: always\n' },
      errors: [{ file: 'podman-tools/docker-compose.yml', line: 2 }],
    },
    {
      name: 'a service others only wait to start is not a one-shot job',
      code: 'services:\n  db:\n    image: x:1\n  api:\n    image: y:1\n    logging:\n      driver: local\n    depends_on:\n      db:\n        condition: service_healthy\n',
      errors: [{ line: 2, messageId: 'noLogging' }],
    },
    {
      name: 'no logging section',
      code: 'services:\n  web:\n    image: x:1\n',
      errors: [{ line: 2, messageId: 'noLogging', message: 'service "web" uses the default json-file log driver' }],
    },
    {
      name: 'json-file without max-size',
      code: 'services:\n  web:\n    image: x:1\n    logging:\n      driver: json-file\n      options:\n        max-file: "3"\n',
      errors: [{ line: 6, messageId: 'noMaxSize', message: 'json-file driver' }],
    },
    {
      name: 'prod override switches to json-file without options: reported at the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: x:1\n    logging:\n      driver: local\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    logging:\n      driver: json-file\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 3, messageId: 'noMaxSize' }],
    },
  ],
});
