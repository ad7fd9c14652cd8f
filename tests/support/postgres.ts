/**
 * Schemas of their own inside the PostgreSQL test database (`POSTGRES_TEST_URL`), so that tests,
 * test servers and browser-test servers never see each other's rows. Plain Node (no vitest), so
 * the browser tests' server command can use it too.
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

/** The test database CI prepares (.ci/postgres.sh), or undefined where there is none. */
export const POSTGRES_TEST_URL = process.env['POSTGRES_TEST_URL'] || undefined;

/** `url` with every connection's search_path set to `schema` (libpq's `options`, which pg reads). */
export function schemaUrl(url: string, schema: string): string {
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return withSchema.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const checked = (schema: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a plain schema name: ${schema}`);
  return schema;
};

/** Drops `schema` with everything in it, if it exists. */
export const dropSchema = (url: string, schema: string) =>
  admin(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${checked(schema)} CASCADE`)).then(() => undefined);

/** An empty `schema` (dropped first if it exists); returns the URL whose connections use it. */
export async function freshSchema(url: string, schema: string): Promise<string> {
  await admin(url, async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${checked(schema)} CASCADE`);
    await client.query(`CREATE SCHEMA ${schema}`);
  });
  return schemaUrl(url, schema);
}

/** A new schema with a random name, for one test. */
export async function randomSchema(url: string): Promise<{ url: string; schema: string }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return { url: await freshSchema(url, schema), schema };
}

/** Every row of every table in `schema`, as text: to look for what must never be stored. */
export const schemaText = (url: string, schema: string) =>
  admin(url, async (client) => {
    const tables = await client.query<{ name: string }>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1', [schema]);
    let text = '';
    for (const { name } of tables.rows) {
      for (const row of (await client.query(`SELECT t::text AS row FROM ${checked(schema)}."${name}" t`)).rows) text += `${row.row}\n`;
    }
    return text;
  });

// `node tests/support/postgres.ts fresh SCHEMA`: an empty schema for a server about to start.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === 'fresh') {
  if (!POSTGRES_TEST_URL) throw new Error('POSTGRES_TEST_URL is not set');
  await freshSchema(POSTGRES_TEST_URL, process.argv[3]!);
}
