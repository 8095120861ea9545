import type { Config } from '../config/env.js';
import { openStores } from '../server/stores.js';

export async function migrateCommand(config: Config): Promise<void> {
  const stores = await openStores(config);
  await stores.close();
  console.log(`polku: the stores in ${config.dataDir} are up to date`);
}
