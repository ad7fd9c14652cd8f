/**
 * The case code: the only key to a report. Sixteen digits in four groups, like a phone number,
 * so a child can copy it by hand or read it from a photo; 10^16 codes are about 53 bits of
 * randomness, so guessing one is hopeless even without the rate limits.
 */

export const CASE_CODE_DIGITS = 16;
const GROUP = 4;

/** Uniform random digits: bytes of 250 and more are dropped so that no digit is likelier. */
function randomDigits(count: number): string {
  let digits = '';
  while (digits.length < count) {
    for (const byte of crypto.getRandomValues(new Uint8Array(count * 2))) {
      if (byte < 250 && digits.length < count) digits += String(byte % 10);
    }
  }
  return digits;
}

/** A new case code, grouped for reading: `4821 0937 5561 2208`. */
export function newCaseCode(): string {
  return formatCaseCode(randomDigits(CASE_CODE_DIGITS));
}

/** Digits in groups of four, separated by spaces. */
export function formatCaseCode(digits: string): string {
  return digits.replace(new RegExp(`(\\d{${GROUP}})(?=\\d)`, 'g'), '$1 ');
}

/**
 * The code as typed, reduced to its digits; `undefined` when it cannot be a case code. Spaces,
 * dashes and dots are what children put between groups; anything else means a typo.
 */
export function normalizeCaseCode(typed: string): string | undefined {
  const digits = typed.replace(/[\s.\-–—]/g, '');
  return new RegExp(`^\\d{${CASE_CODE_DIGITS}}$`).test(digits) ? digits : undefined;
}
