/**
 * `npm run admin -- user add NAME --role admin|moderator|analyst [--regions a,b] --password-stdin`,
 * `user list`, `user disable NAME`, `user reset-password NAME --password-stdin`: the only way
 * accounts of the regional offices' inbox come to exist (no default account, no default
 * password). Works on the database `DATABASE_URL` names, the same as the server's.
 *
 * Exit codes: 0 done, 1 refused (the name is taken or unknown, the password too short),
 * 2 the command itself is wrong (see USAGE).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { regionIds } from '../src/lib/data-files.ts';
import { isRole, ROLES } from '../src/lib/roles.ts';
import { hashPassword, PASSWORD_MIN_LENGTH } from '../src/server/auth/password.ts';
import { storeLocation } from '../src/server/config.ts';
import { createOfficeStores, openDb } from '../src/server/store/index.ts';

const USAGE = `Usage:
  npm run admin -- user add NAME --role ${ROLES.join('|')} [--regions a,b] --password-stdin
  npm run admin -- user list
  npm run admin -- user disable NAME
  npm run admin -- user reset-password NAME --password-stdin`;

/** A command the user can correct; `code` is the exit code. */
class Refusal extends Error {
  code: number;
  constructor(message: string, code: number) {
    super(message);
    this.code = code;
  }
}
const usage = (message: string) => new Refusal(`${message}\n\n${USAGE}`, 2);

const COMMANDS = ['add', 'list', 'disable', 'reset-password'];
const NAME = /^[a-z0-9][a-z0-9._-]{1,63}$/i;

/** The password from standard input: one line, the final newline dropped; never from an argument, which `ps` shows. */
function passwordFromStdin(wanted: boolean | undefined): string {
  if (!wanted) throw usage('Give the password on standard input with --password-stdin.');
  const password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  if (password.length < PASSWORD_MIN_LENGTH) throw new Refusal(`The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`, 1);
  return password;
}

function checkName(name: string | undefined): string {
  if (!name) throw usage('Name the account.');
  if (!NAME.test(name)) throw usage(`"${name}" is not a valid name: 2-64 letters, digits, dots, dashes or underscores.`);
  return name;
}

async function main(argv: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, regions: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  });
  const [group, command, rawName] = positionals;
  if (group !== 'user' || !command) throw usage('Say what to do.');
  if (!COMMANDS.includes(command)) throw usage(`Unknown command "user ${command}".`);
  const stores = createOfficeStores(await openDb(storeLocation()));
  try {
    if (command === 'list') {
      const users = await stores.users.list();
      if (users.length === 0) return 'No accounts yet.';
      return users.map((user) => [user.name, user.role, user.regions.join(',') || '-', user.disabled ? 'disabled' : 'active'].join('\t')).join('\n');
    }
    const name = checkName(rawName);
    if (command === 'add') {
      if (!isRole(values.role)) throw usage(`Give a role: --role ${ROLES.join('|')}.`);
      const regions = (values.regions ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      const known = new Set(regionIds(process.cwd()));
      const unknown = regions.filter((id) => !known.has(id));
      if (unknown.length > 0) throw usage(`Unknown region id: ${unknown.join(', ')} (see content/data/regions.yaml).`);
      if (values.role === 'moderator' && regions.length === 0) throw usage('A moderator needs --regions: the ids of the regions they answer for.');
      if (values.role !== 'moderator' && regions.length > 0) throw usage(`--regions is only for moderators; an ${values.role} is not limited by region.`);
      const passwordHash = await hashPassword(passwordFromStdin(values['password-stdin']));
      const id = await stores.users.add({ name, role: values.role, regions, passwordHash }, new Date());
      if (!id) throw new Refusal(`An account named "${name}" already exists.`, 1);
      return `Added ${values.role} "${name}"${regions.length ? ` for ${regions.join(', ')}` : ''}.`;
    }
    if (command === 'disable') {
      if (!(await stores.users.disable(name))) throw new Refusal(`No account is named "${name}".`, 1);
      return `Disabled "${name}" and ended their sessions.`;
    }
    if (command === 'reset-password') {
      const passwordHash = await hashPassword(passwordFromStdin(values['password-stdin']));
      if (!(await stores.users.setPassword(name, passwordHash))) throw new Refusal(`No account is named "${name}".`, 1);
      return `New password set for "${name}"; their sessions are ended and any lock lifted.`;
    }
    throw usage(`Unknown command "user ${command}".`);
  } finally {
    await stores.reports.close();
  }
}

try {
  console.log(await main(process.argv.slice(2)));
} catch (error) {
  if (error instanceof Refusal) {
    console.error(error.message);
    process.exitCode = error.code;
  } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
