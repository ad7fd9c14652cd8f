/**
 * Where a request carries its proof of work (docs/api.md): the form field (and JSON field)
 * `altcha`, as the ALTCHA widget names it, or the header `X-Altcha`. A 429 that a proof can lift
 * carries the challenge in `X-Altcha-Challenge`, as JSON.
 */
export const PROOF_FIELD = 'altcha';
export const PROOF_HEADER = 'x-altcha';
export const CHALLENGE_HEADER = 'X-Altcha-Challenge';
/** A payload longer than this is no ALTCHA payload of ours (a challenge and its solution take about 900 characters in base64). */
export const PROOF_MAX = 2000;
