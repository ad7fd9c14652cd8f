/** A plain-text table for the benchmark scripts: padded columns, a rule under the header. */

/**
 * @param {(string | number)[][]} rows the first row is the header
 * @param {{ right?: number[] }} [options] columns aligned right (numbers)
 */
export function printTable(rows, { right = [] } = {}) {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? '').length))) ?? [];
  const cell = (/** @type {string | number} */ value, /** @type {number} */ column) =>
    right.includes(column) ? String(value).padStart(widths[column] ?? 0) : String(value).padEnd(widths[column] ?? 0);
  const line = (/** @type {(string | number)[]} */ row) => row.map(cell).join('  ').trimEnd();
  console.log([line(rows[0] ?? []), line(widths.map((width) => '-'.repeat(width))), ...rows.slice(1).map(line)].join('\n'));
}
