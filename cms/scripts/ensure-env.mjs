#!/usr/bin/env node
// Gives the CMS its secrets: creates cms/.env (git-ignored, mode 0600) with fresh random values
// if it is missing, and adds any secret an existing file lacks or leaves empty. Values already
// set are never touched, so sessions, API tokens and encrypted data stay valid.
// Plain Node, no dependencies: it runs before anything is built.
import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const envFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.env');
const display = path.relative(process.cwd(), envFile) || envFile;

const secret = () => randomBytes(16).toString('base64');

/** Every secret the CMS reads (see .env.example), with how to make a new one. */
const SECRETS = {
  APP_KEYS: () => Array.from({ length: 4 }, secret).join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  ENCRYPTION_KEY: secret,
  JWT_SECRET: secret,
};

const HEADER = `# Geheimnisse des Redaktionssystems – automatisch erzeugt von cms/scripts/ensure-env.mjs.
# Nicht einchecken, nicht weitergeben. Alle Variablen: siehe cms/.env.example.
`;

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;
const isEmpty = (value) => value === '' || value === '""' || value === "''";

async function readExisting() {
  try {
    return await readFile(envFile, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw new Error(`ensure-env: ${envFile} nicht lesbar: ${error.message}`, { cause: error });
  }
}

async function main() {
  const existing = await readExisting();

  if (existing === null) {
    const body = Object.entries(SECRETS)
      .map(([key, make]) => `${key}=${make()}`)
      .join('\n');
    await writeFile(envFile, `${HEADER}${body}\n`, { mode: 0o600, flag: 'wx' });
    console.log(`${display} angelegt: ${Object.keys(SECRETS).length} Geheimnisse frisch erzeugt.`);
    return;
  }

  const filled = [];
  const present = new Set();
  const lines = existing.split('\n').map((line) => {
    const match = ASSIGNMENT.exec(line);
    if (!match) return line;
    const [, key, value] = match;
    if (!(key in SECRETS)) return line;
    if (!isEmpty(value)) {
      present.add(key);
      return line;
    }
    // An empty assignment counts as missing: Strapi would refuse to start with it.
    present.add(key);
    filled.push(key);
    return `${key}=${SECRETS[key]()}`;
  });
  for (const [key, make] of Object.entries(SECRETS)) {
    if (present.has(key)) continue;
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    lines.push(`${key}=${make()}`, '');
    filled.push(key);
  }

  if (filled.length === 0) {
    console.log(`${display} vorhanden und vollständig – nichts geändert.`);
    return;
  }
  let text = lines.join('\n');
  if (!text.endsWith('\n')) text += '\n';
  await writeFile(envFile, text);
  await chmod(envFile, 0o600);
  console.log(`${display} ergänzt: ${filled.join(', ')} neu erzeugt, vorhandene Werte unverändert.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
