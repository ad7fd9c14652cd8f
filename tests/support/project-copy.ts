/** A throwaway copy of the project for build tests that change content, sharing node_modules. */
export { copyProject } from '../../scripts/lib/project-copy.mjs';
