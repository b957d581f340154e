/** A small, realistic Helm chart (Chart.yaml, values.yaml, a helper, a Service and a Deployment) for the Helm tests. */
export const WEB_CHART: Record<string, string> = {
  'Chart.yaml': 'apiVersion: v2\nname: web\ndescription: A small web service\ntype: application\nversion: 0.1.0\nappVersion: "1.4.2"\n',
  'values.yaml': 'replicaCount: 2\nimage:\n  repository: ghcr.io/example/web\n  tag: "1.4.2"\nservice:\n  port: 80\n',
  'templates/_helpers.tpl': [
    '{{- define "web.fullname" -}}',
    '{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}',
    '{{- end -}}',
    '{{- define "web.labels" -}}',
    'app: {{ include "web.fullname" . }}',
    '{{- end -}}',
    '',
  ].join('\n'),
  'templates/service.yaml': [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: {{ include "web.fullname" . }}',
    '  namespace: {{ .Release.Namespace }}',
    '  labels:',
    '    {{- include "web.labels" . | nindent 4 }}',
    'spec:',
    '  ports:',
    '    - port: {{ .Values.service.port }}',
    '      targetPort: http',
    '  selector:',
    '    {{- include "web.labels" . | nindent 4 }}',
    '',
  ].join('\n'),
  'templates/deployment.yaml': [
    'apiVersion: apps/v1', // 1
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "web.fullname" . }}',
    '  labels:', // 5
    '    {{- include "web.labels" . | nindent 4 }}',
    'spec:',
    '  replicas: {{ .Values.replicaCount }}',
    '  selector:',
    '    matchLabels:', // 10
    '      {{- include "web.labels" . | nindent 6 }}',
    '  template:',
    '    metadata:',
    '      labels:',
    '        {{- include "web.labels" . | nindent 8 }}', // 15
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
    '          ports:', // 20
    '            - name: http',
    '              containerPort: 8080',
    '          securityContext:',
    '            privileged: true', // 24
    '          {{- with .Values.resources }}',
    '          resources:',
    '            {{- toYaml . | nindent 12 }}',
    '          {{- end }}',
    '',
  ].join('\n'),
};

/** The chart's files under a directory of the repository. */
export function chartAt(dir: string, chart: Record<string, string> = WEB_CHART): Record<string, string> {
  return Object.fromEntries(Object.entries(chart).map(([file, text]) => [dir ? `${dir}/${file}` : file, text]));
}
