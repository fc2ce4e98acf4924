// npm run insights:hash: reads a password (typed without echo, or piped in) and prints the scrypt
// hash to put in INSIGHTS_PASSWORD, so the password itself need not be in the environment.
import { createInterface } from 'node:readline';

import { hashPassword } from '../lib/insights/password';

async function readPassword(): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const lines = createInterface({ input });
    for await (const line of lines) {
      return line;
    }
    return '';
  }
  process.stderr.write('Password for /insights (at least 12 characters): ');
  input.setRawMode(true);
  let typed = '';
  for await (const chunk of input) {
    for (const char of String(chunk)) {
      if (char === '\r' || char === '\n') {
        input.setRawMode(false);
        process.stderr.write('\n');
        input.pause();
        return typed;
      }
      if (char === '\u0003') {
        process.exit(130);
      }
      typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
    }
  }
  return typed;
}

const password = await readPassword();
if (password.length < 12) {
  console.error('The password must be at least 12 characters.');
  process.exit(2);
}
console.log(await hashPassword(password));
