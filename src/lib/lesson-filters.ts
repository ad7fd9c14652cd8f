/**
 * The stylesheet that makes a lesson list's filters work without JavaScript (CSS :has()): for
 * each kind and topic, the cards without it hide while its radio button is checked. It is one
 * file for the whole site, served from our origin, so the pages' Content-Security-Policy needs
 * no hash for it (src/lib/csp.ts).
 */
const hideUnless = (input: string, attribute: string) => `.filterable:has(#${input}:checked) [data-lesson-card]:not([${attribute}]){display:none}`;

export function lessonFilterRules(kinds: readonly string[], topicIds: readonly string[]): string {
  return [
    ...kinds.map((kind) => hideUnless(`filter-kind-${kind}`, `data-kind="${kind}"`)),
    ...topicIds.map((topic) => hideUnless(`filter-topic-${topic}`, `data-topics~="${topic}"`)),
  ].join('\n');
}
