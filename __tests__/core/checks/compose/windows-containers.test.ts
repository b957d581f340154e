/**
 * The Linux-only hardening checks leave Windows containers alone (checks/compose/_windows.ts), and
 * still report the same services when nothing says they are Windows containers.
 */
import capDropAll from '../../../../src/core/checks/compose/cap-drop-all';
import noNewPrivileges from '../../../../src/core/checks/compose/no-new-privileges';
import nonRootUser from '../../../../src/core/checks/compose/non-root-user';
import readOnlyRootfs from '../../../../src/core/checks/compose/read-only-rootfs';
import { describeCheck } from '../../../helpers/check-cases';

const windows = [
  { name: 'platform: windows/amd64', code: 'services:\n  api:\n    image: example/api:1.0\n    platform: windows/amd64\n' },
  { name: 'isolation: process', code: 'services:\n  api:\n    image: example/api:1.0\n    isolation: process\n' },
  { name: 'a servercore image', code: 'services:\n  iis:\n    image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022\n' },
  { name: 'a nanoserver tag', code: 'services:\n  app:\n    image: mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\n' },
  { name: 'an mssql-server-windows image', code: 'services:\n  db:\n    image: microsoft/mssql-server-windows-express:2016-sp1\n' },
  {
    name: "the external Windows 'nat' network",
    code: 'services:\n  db:\n    image: atsea-db\n    networks: [app-net]\nnetworks:\n  app-net:\n    external:\n      name: nat\n',
  },
  { name: 'a Compose file under windows/', files: { 'windows/docker-compose.yml': 'services:\n  api:\n    image: atsea-api\n' } },
];

const linux = [
  { name: 'a Linux image', code: 'services:\n  api:\n    image: example/api:1.0\n', errors: [{ line: 2 }] },
  { name: 'platform: linux/amd64', code: 'services:\n  api:\n    image: example/api:1.0\n    platform: linux/amd64\n', errors: [{ line: 2 }] },
  { name: "an image whose name only contains 'windows'", code: 'services:\n  api:\n    image: example/windowsfoo:1.0\n', errors: [{ line: 2 }] },
  {
    name: "a network named 'nat' that is not external",
    code: 'services:\n  api:\n    image: example/api:1.0\n    networks: [nat]\nnetworks:\n  nat: {}\n',
    errors: [{ line: 2 }],
  },
  {
    name: 'a Compose file under a windows-tools/ directory',
    files: { 'windows-tools/docker-compose.yml': 'services:\n  api:\n    image: example/api:1.0\n' },
    errors: [{ line: 2, file: 'windows-tools/docker-compose.yml' }],
  },
];

for (const check of [capDropAll, noNewPrivileges, readOnlyRootfs, nonRootUser]) {
  describeCheck(check, { defaultFile: 'docker-compose.yml', valid: windows, invalid: linux });
}
