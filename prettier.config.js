/**
 * The house style as the code was already written: single quotes, semicolons, trailing commas and
 * long lines (a line of a call chain or a string of UI text reads better whole than wrapped at 80).
 * `npm run format` writes it; `npm run lint` checks it.
 */
export default {
  printWidth: 160,
  singleQuote: true,
  trailingComma: 'all',
};
