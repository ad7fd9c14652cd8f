/** Solves the server's proof of work as the ALTCHA widget does, and makes the payload it sends. */
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';

export async function solveProof(challengeJson: string): Promise<string> {
  const challenge = JSON.parse(challengeJson) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('The challenge could not be solved in time');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

/** The challenge of the ALTCHA widget on a page, as JSON. */
export function challengeOnPage(html: string): string | undefined {
  const attribute = /<altcha-widget[^>]*\schallenge="([^"]*)"/.exec(html)?.[1];
  return attribute
    ?.replace(/&quot;/g, '"')
    .replace(/&#34;/g, '"')
    .replace(/&amp;/g, '&');
}
