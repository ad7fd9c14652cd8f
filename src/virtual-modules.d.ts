/** Modules that integrations in src/integrations/ serve. */
declare module 'virtual:zanbala/lesson-index' {
  const lessons: import('./lib/lesson-index').IndexedLesson[];
  export default lessons;
}
