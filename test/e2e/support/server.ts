import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ADMIN_EMAIL = 'admin@example.com';
export const ADMIN_PASSWORD = 'polku-e2e-pass';

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Starts the real server (`node bin/polku.js serve`) on a free port with a fresh data
 * directory; resolves with its URL from the "Polku listening on" line.
 */
export async function startServer(): Promise<RunningServer> {
  const root = process.env.POLKU_E2E_ROOT ?? repoRoot;
  const dataDir = mkdtempSync(join(tmpdir(), 'polku-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin', 'polku.js'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      POLKU_DATA_DIR: dataDir,
      PORT: '0',
      POLKU_DEMO: 'off',
      POLKU_ADMIN_EMAIL: ADMIN_EMAIL,
      POLKU_ADMIN_PASSWORD: ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Polku listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
