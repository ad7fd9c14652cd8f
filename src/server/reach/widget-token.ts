/**
 * The widget's signature on its view counts: the build writes it next to its server
 * (src/integrations/widget-bundle.ts), the counter reads it once per build folder. A build
 * without one counts no widget views. Imported by plain Node (type stripping).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WIDGET_TOKEN_FILE = 'widget-token.txt';

const loaded = new Map<string, string | undefined>();

export function widgetTokenOf(buildFolder: string): string | undefined {
  if (loaded.has(buildFolder)) return loaded.get(buildFolder);
  let token: string | undefined;
  try {
    token = readFileSync(join(buildFolder, WIDGET_TOKEN_FILE), 'utf8').trim() || undefined;
  } catch {
    token = undefined;
  }
  loaded.set(buildFolder, token);
  return token;
}
