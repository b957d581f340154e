// GitHub's own workflow parser (@actions/workflow-parser) over workflows given on stdin, for the
// template tests: the package is ESM only and imports JSON as its bundlers allow, so jest cannot
// load it and it runs here, in a child process.
//
// stdin:  {"workflows": [{"name": "promote.yml", "content": "..."}],
//          "files": {".github/workflows/promote-reusable.yml": "..."}}
// stdout: [{"name": "promote.yml", "errors": [{"message": "...", "line": 3, "column": 5}]}]
//
// `files` are what `uses: ./<path>` calls of reusable workflows find: the parser then also checks a
// caller's `with:` and `secrets:` against the called workflow's `on.workflow_call`.
import { register } from 'node:module';
import { text } from 'node:stream/consumers';

register('./json-module-hook.mjs', import.meta.url);
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import('@actions/workflow-parser');

const { workflows, files = {} } = JSON.parse(await text(process.stdin));
const fileProvider = {
  async getFileContent(ref) {
    if ('repository' in ref || !(ref.path in files)) throw new Error(`no file ${ref.path}`);
    return { name: ref.path, content: files[ref.path] };
  },
};

const results = [];
for (const { name, content } of workflows) {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  // Conversion adds what the schema alone cannot see (jobs that `needs` names, calls of reusable
  // workflows); it reports into the same context, after the parse errors.
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value, fileProvider, { fetchReusableWorkflowDepth: 1 });
  results.push({
    name,
    errors: parsed.context.errors.getErrors().map((e) => ({ message: e.message, line: e.range?.start.line ?? 0, column: e.range?.start.column ?? 0 })),
  });
}
process.stdout.write(JSON.stringify(results));
