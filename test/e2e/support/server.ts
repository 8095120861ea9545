import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ADMIN_EMAIL = 'admin@example.com';
export const ADMIN_PASSWORD = 'polku-e2e-pass';

export interface RunningServer {
  url: string;
  dataDir: string;
  pid: number;
  /** Sends a signal and waits for the exit (SIGKILL: no shutdown code runs). */
  kill: (signal: NodeJS.Signals) => Promise<void>;
  /** Stops the server (SIGTERM) and removes a data directory it created. */
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** Reuse this data directory (kept on stop); default: a fresh temp dir removed on stop. */
  dataDir?: string;
  env?: Record<string, string>;
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Starts the real server (`node bin/polku.js serve`) on a free port with a fresh data
 * directory; resolves with its URL from the "Polku listening on" line.
 */
export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const root = process.env.POLKU_E2E_ROOT ?? repoRoot;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'polku-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin', 'polku.js'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      POLKU_DATA_DIR: dataDir,
      PORT: '0',
      POLKU_DEMO: 'off',
      POLKU_ADMIN_EMAIL: ADMIN_EMAIL,
      POLKU_ADMIN_PASSWORD: ADMIN_PASSWORD,
      ...opts.env,
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
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  };
  return {
    url,
    dataDir,
    pid: child.pid ?? 0,
    kill,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
