// Where the content is: ./content, unless SENDHELP_CONTENT_DIR names another folder.
import { join, resolve } from 'node:path';

import { env } from '../env';

export function contentRoot(): string {
  return env.SENDHELP_CONTENT_DIR ? resolve(env.SENDHELP_CONTENT_DIR) : join(process.cwd(), 'content');
}
