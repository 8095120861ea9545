import type { Config } from '../config/env.js';
import { serve } from '../server/serve.js';

export async function serveCommand(config: Config): Promise<void> {
  await serve(config);
}
