/**
 * A capitalised tag in MDX is a component: an unknown one, or `<Mci>` without a number, stops the
 * build with a message about JavaScript. Say it in the editor's words, on the right line.
 */
import { visit } from 'unist-util-visit';
import { LESSON_COMPONENT_NAMES } from '../lesson-components.ts';
import { finding, nodeLine } from './finding.ts';
import type { Check, Finding } from './types.ts';

const KNOWN = new Set<string>(LESSON_COMPONENT_NAMES);

/** `n={10}` or `n={2.5}`: an expression that is a positive number. */
function hasNumberN(attributes: readonly { type: string; name?: string; value?: unknown }[]): boolean {
  const n = attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'n');
  const value = n?.value as { type?: string; value?: string } | string | null | undefined;
  return (
    typeof value === 'object' && value?.type === 'mdxJsxAttributeValueExpression' && /^\s*\d+(\.\d+)?\s*$/.test(value.value ?? '') && Number(value.value) > 0
  );
}

export const checkComponents: Check = ({ lessons }) => {
  const findings: Finding[] = [];
  for (const lesson of lessons) {
    visit(lesson.body, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name ?? '';
      if (!/^[A-Z]/.test(name)) return;
      const line = nodeLine(lesson, node);
      if (!KNOWN.has(name)) findings.push(finding(lesson, line, 'error', 'component-unknown', { name, known: LESSON_COMPONENT_NAMES.join(', ') }));
      else if (name === 'Mci' && !hasNumberN(node.attributes)) findings.push(finding(lesson, line, 'error', 'mci-invalid'));
    });
  }
  return findings;
};
