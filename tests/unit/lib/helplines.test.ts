import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS } from '../../../src/lib/helplines';

describe('the numbers built into the widget', () => {
  it('are the every-page numbers of content/data/helplines.yaml, in order', () => {
    const yaml = readFileSync('content/data/helplines.yaml', 'utf8');
    const everyPage = yaml
      .split(/^- /m)
      .slice(1)
      .filter((entry) => /^\s*everyPage:\s*true/m.test(entry))
      .map((entry) => ({ number: entry.match(/^\s*number:\s*"?(\d+)"?/m)?.[1], order: Number(entry.match(/^\s*order:\s*(\d+)/m)?.[1]) }))
      .sort((a, b) => a.order - b.order)
      .map((entry) => entry.number);
    expect([...EMERGENCY_NUMBERS]).toEqual(everyPage);
  });
});
