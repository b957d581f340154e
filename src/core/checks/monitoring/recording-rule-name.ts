import { defineCheck } from '../types';
import { allRules } from './_rules';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** level:metric:operations, e.g. job:http_requests:rate5m or instance_path:requests:rate5m. */
const CONVENTION = /^[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z_][a-zA-Z0-9_]*(:[a-zA-Z0-9_]+)+$/;

export default defineCheck({
  id: 'monitoring/recording-rule-name',
  target: 'prometheus-rules',
  meta: {
    title: 'Recording rule name does not follow level:metric:operations',
    category: 'observability',
    severity: 'info',
    rationale:
      'The Prometheus naming convention `level:metric:operations` tells a dashboard author what a recorded series aggregates over and how, and keeps recorded series apart from raw ones; an invalid metric name makes Prometheus reject the file.',
    remediation:
      'Name the rule after its aggregation level, the metric and the operations, e.g. `job:mcp_requests:rate5m` for `sum by (job) (rate(mcp_requests_total[5m]))`.',
    messages: {
      invalid: 'record "{{name}}" is not a valid metric name',
      convention: 'record "{{name}}" does not follow the level:metric:operations convention',
    },
  },
  check(ctx) {
    for (const r of allRules(ctx.root)) {
      if (r.kind !== 'record' || !r.name) continue;
      const at = [...r.path, 'record'];
      if (!METRIC_NAME.test(r.name)) ctx.report({ messageId: 'invalid', data: { name: r.name }, at });
      else if (!CONVENTION.test(r.name)) ctx.report({ messageId: 'convention', data: { name: r.name }, at });
    }
  },
});
