/** The server tests run against the built site: build it once, before any of them. */
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../../scripts/lib/build.mjs';

export default function setup() {
  ensureBuilt(fileURLToPath(new URL('../..', import.meta.url)), { quiet: true });
}
