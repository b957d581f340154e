import check from '../../../../src/core/checks/compose/path-outside-repository';
import { describeCheck } from '../../../helpers/check-cases';

const svc = (extra: string): string => `services:\n  web:\n    image: x:1\n${extra}`;

describeCheck(check, {
  defaultFile: 'stacks/common/docker-compose.yml',
  valid: [
    {
      name: 'relative files inside',
      code: `include: [../shared/db.yml, { path: [./a.yml], env_file: ./a.env }]\n${svc('    env_file: [./web.env, { path: ../prod/web.env, required: false }]\n    extends: { file: ../base.yml, service: web }\n')}`,
    },
    { name: 'interpolated paths are not judged', code: svc('    env_file: ${ENV_DIR}/web.env\n') },
    { name: 'nothing referenced', code: svc('') },
  ],
  invalid: [
    {
      name: 'include climbing out and an absolute include path',
      code: `include:\n  - ../../../outside.yml\n  - path: [/etc/compose/base.yml]\n    env_file: ../../../../root.env\n${svc('')}`,
      errors: [
        { line: 2, messageId: 'outside', message: 'include "../../../outside.yml" is outside the repository' },
        { line: 3, message: 'include path "/etc/compose/base.yml"' },
        { line: 4, message: 'include env_file "../../../../root.env"' },
      ],
    },
    {
      name: 'env_file as a string, a list entry and a {path} entry; extends.file',
      code: svc(
        '    env_file: /run/secrets/web.env\n  api:\n    image: y:1\n    env_file:\n      - ./ok.env\n      - C:/deploy/api.env\n      - { path: ../../../x.env, required: false }\n    extends: { file: /opt/base.yml, service: api }\n',
      ),
      errors: [
        { line: 4, message: 'service "web" env_file "/run/secrets/web.env"' },
        { line: 9, message: 'service "api" env_file "C:/deploy/api.env"' },
        { line: 10, message: 'service "api" env_file "../../../x.env"' },
        { line: 11, message: 'service "api" extends.file "/opt/base.yml"' },
      ],
    },
  ],
});
