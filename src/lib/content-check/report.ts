/**
 * How findings are shown: one line each for editors (file:line, severity, what is wrong, how to
 * fix it) and a summary, or JSON with English keys for tools.
 */
import { kk } from './messages-kk.ts';
import { ru } from './messages-ru.ts';
import type { Finding, Severity } from './types.ts';

export type MessageLang = 'ru' | 'kk';
const CATALOGS = { ru, kk };

/** Fills `{name}` placeholders from the params. */
function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** The finding's message and fix in the editor's language. */
export function describe(finding: Finding, lang: MessageLang = 'ru'): { message: string; fix: string } {
  const catalog = CATALOGS[lang];
  const rule = catalog.rules[finding.code];
  const other = finding.params['otherLang'];
  // A language is named in the editor's language; the folder name stays as it is.
  const params = other === 'kk' || other === 'ru' ? { ...finding.params, otherLangName: catalog.lang[other] } : finding.params;
  return { message: fill(rule.text, params), fix: fill(rule.fix, params) };
}

/** Errors first, then by file and line, so the worst problems head the list. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1 };
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || rank[a.severity] - rank[b.severity] || a.code.localeCompare(b.code));
}

/**
 * `file:line: severity [code] message Как исправить: fix` — the `file:line: severity` head is the
 * shape compilers print, so editors' tools (VS Code's problem matchers, grep) can jump to it.
 */
export function formatLine(finding: Finding, lang: MessageLang = 'ru'): string {
  const { message, fix } = describe(finding, lang);
  const catalog = CATALOGS[lang];
  return `${finding.file}:${finding.line}: ${finding.severity} (${catalog.severity[finding.severity]}) [${finding.code}] ${message} ${catalog.fixLabel}: ${fix}`;
}

export function summarize(findings: readonly Finding[], files: number, lang: MessageLang = 'ru'): string {
  const catalog = CATALOGS[lang];
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const verdict = errors > 0 ? catalog.verdictErrors : warnings > 0 ? catalog.verdictWarnings : catalog.verdictClean;
  return `${fill(catalog.summary, { files, errors, warnings })} ${verdict}`;
}

/** The whole report for tools: English keys, the messages in the chosen language. */
export function toJson(findings: readonly Finding[], files: number, lang: MessageLang = 'ru') {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return {
    files,
    errors,
    warnings: findings.length - errors,
    findings: sortFindings(findings).map((finding) => ({
      file: finding.file,
      line: finding.line,
      severity: finding.severity,
      code: finding.code,
      ...describe(finding, lang),
      params: finding.params,
    })),
  };
}
