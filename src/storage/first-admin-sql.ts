/**
 * The SQL that creates the first administrator (and an API token for them) on a database no
 * Node CLI reaches, such as D1: run with `wrangler d1 execute DB --remote --file …`. Same rows
 * as `cadre token create --role admin`; the token itself never enters the SQL, only its SHA-256.
 */

export interface FirstAdmin {
  readonly email: string;
  readonly name: string;
  readonly tokenHash: string;
  readonly now: number;
}

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;

export function firstAdminSql(admin: FirstAdmin): string {
  const email = quote(admin.email.trim().toLowerCase());
  return [
    `INSERT INTO users (email, name, role, disabled, created_at) VALUES (${email}, ${quote(admin.name)}, 'admin', 0, ${admin.now});`,
    `INSERT INTO api_tokens (token_hash, user_id, label, created_at) SELECT ${quote(admin.tokenHash)}, id, 'premier-admin', ${admin.now} FROM users WHERE email = ${email};`,
    "",
  ].join("\n");
}
