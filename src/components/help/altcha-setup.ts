/**
 * Prepares the ALTCHA widget (ProofOfWork.astro) before it is defined: its Kazakh and Russian
 * strings, and the PBKDF2 worker as a file of our own origin (the pages' Content-Security-Policy
 * allows no worker made from a blob).
 */
import 'altcha/i18n/kk';
import 'altcha/i18n/ru';
import Pbkdf2Worker from 'altcha/workers/pbkdf2?worker';

declare global {
  var $altcha: { algorithms: Map<string, () => Worker> };
}

globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Pbkdf2Worker());
