import { dockerfilesBuiltByCompose } from '../../../src/core/compose/built-dockerfiles';
import { serviceSources } from '../../helpers/service-sources';

test('the Dockerfiles Compose services build, relative to the file that sets build', () => {
  const { compose } = serviceSources({
    'stacks/common/docker-compose.yml':
      'services:\n  api:\n    build: ../../api\n  worker:\n    build:\n      context: ../../worker\n      dockerfile: docker/Dockerfile.prod\n  remote:\n    build: https://github.com/acme/tool.git#main\n  db:\n    image: postgres:16.4\n',
    'stacks/prod/docker-compose.yml': 'services:\n  web:\n    build: .\n',
  });
  expect([...dockerfilesBuiltByCompose(compose)].sort()).toEqual(['api/Dockerfile', 'stacks/prod/Dockerfile', 'worker/docker/Dockerfile.prod']);
});
