/**
 * The MDX components a lesson may use without an import. src/components/lesson/mdx-components.ts maps each name to
 * its component, and the content check rejects any other capitalised tag before the build does.
 */
export const LESSON_COMPONENT_NAMES = ['Fact', 'Handout', 'Mci', 'Quiz'] as const;
export type LessonComponentName = (typeof LESSON_COMPONENT_NAMES)[number];
