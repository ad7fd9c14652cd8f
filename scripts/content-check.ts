/**
 * `npm run content:check [-- --json] [-- --lang kk]`: checks content/ beyond the schema and prints
 * one line per finding, then a summary; exits 1 when there is an error. The rules live in
 * src/lib/content-check/.
 */
import { parseArgs } from 'node:util';
import { formatLine, loadContent, runChecks, summarize, toJson, type MessageLang } from '../src/lib/content-check/index.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    lang: { type: 'string', default: 'ru' },
    root: { type: 'string', default: process.cwd() },
  },
});
const lang: MessageLang = values.lang === 'kk' ? 'kk' : 'ru';
const content = loadContent(values.root);
const findings = runChecks(content);

if (values.json) {
  console.log(JSON.stringify(toJson(findings, content.lessons.length, lang), null, 2));
} else {
  for (const item of findings) console.log(formatLine(item, lang));
  console.log(summarize(findings, content.lessons.length, lang));
}
process.exitCode = findings.some((item) => item.severity === 'error') ? 1 : 0;
