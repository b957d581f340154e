import { defineCheck } from '../types';
import { normalizeHostPath, volumeMountsOf } from './_volume-mounts';

const SOCKET = /(^|\/)(docker|podman|containerd)\.sock$/;

export default defineCheck({
  id: 'compose/docker-socket-mount',
  target: 'compose-service',
  meta: {
    title: 'Service mounts the container runtime socket',
    category: 'security',
    severity: 'error',
    rationale:
      'Whoever can talk to docker.sock can start a privileged container with the host\'s / mounted: the socket is root on the host, and `:ro` does not change that (it only protects the socket file, not the API). A prompt-injected MCP tool with this mount owns the machine. The CIS Docker Benchmark (5.31) and KICS ("Docker Socket Mounted In Container") flag it.',
    remediation:
      'Remove the mount. If the service needs a small part of the API (e.g. listing containers), put a filtering proxy such as tecnativa/docker-socket-proxy between them and grant only the endpoints it needs.',
    messages: {
      socket: 'service "{{service}}" mounts the container runtime socket {{source}}',
    },
  },
  check(ctx) {
    for (const m of volumeMountsOf(ctx.service.value.volumes)) {
      if (m.type !== 'bind' && !m.source.startsWith('/')) continue;
      const source = normalizeHostPath(m.source);
      if (SOCKET.test(source)) ctx.report({ messageId: 'socket', data: { service: ctx.service.name, source }, at: ['volumes', m.index] });
    }
  },
});
