/**
 * Cloudflare's own runtime, offline: `wrangler dev` over the project's assets-only
 * wrangler.jsonc serves dist/ through workerd and Cloudflare's asset server, so headers,
 * 404 pages and redirects are what the host itself sends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT } from './fixture';

export interface HostServer {
  origin: string;
  output: () => string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `wrangler dev` in `root` (its wrangler.jsonc and dist/); rejects with wrangler's output if it is not ready in time. */
export async function serveWithWrangler(root = PROJECT, timeoutMs = 90_000): Promise<HostServer> {
  const port = await freePort();
  const wrangler = join(PROJECT, 'node_modules/wrangler/bin/wrangler.js');
  const child: ChildProcess = spawn(process.execPath, [wrangler, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'info', '--show-interactive-dev-session=false'], {
    cwd: root,
    // No telemetry, no update check, and wrangler's state kept with the project (.wrangler/, ignored by git).
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      // wrangler starts workerd as its own child: end the whole group.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5_000).unref();
    });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`wrangler dev was not ready after ${timeoutMs / 1000} s:\n${text}`));
    }, timeoutMs);
    const check = () => {
      if (/Ready on http/.test(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`wrangler dev ended (exit code ${code}) before it was ready:\n${text}`));
    });
  });
  return { origin: `http://127.0.0.1:${port}`, output: () => text, close };
}
