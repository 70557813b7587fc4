import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 20_000;
/** Everything the server processes print, kept for reading after a failed run. */
const SERVER_LOG = join(ROOT, '.tmp', 'e2e-server.log');

export const ADMIN = { email: 'admin@example.com', password: 'e2e-admin-password' } as const;

/** A free TCP port on loopback, found by letting the OS pick one. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The production server (`dist/server/main.js`) as a child process with its own SQLite file, which a spec
 * can kill with SIGKILL and start again on the same port and database, as a crash and a restart would.
 */
export class SwitchboardProcess {
  private child: ChildProcess | null = null;
  private output = '';

  private constructor(
    readonly port: number,
    private readonly dataDirectory: string,
    private readonly environment: Record<string, string>,
  ) {}

  /** Starts a process; `environment` adds or overrides settings, such as a shorter wait timeout. */
  static async start(environment: Record<string, string> = {}): Promise<SwitchboardProcess> {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const server = new SwitchboardProcess(
      await freePort(),
      mkdtempSync(join(tmpdir(), 'switchboard-e2e-')),
      environment,
    );
    await server.spawn();
    return server;
  }

  get url(): string {
    return `http://localhost:${this.port}`;
  }

  /** The SQLite file the process stores everything in, for specs that check what was stored. */
  get databaseFile(): string {
    return join(this.dataDirectory, 'switchboard.sqlite');
  }

  /** Kills the process without warning, as a crash would, and waits until it is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  /** Starts the process again on the same port and database. */
  async restart(): Promise<void> {
    await this.kill();
    await this.spawn();
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dataDirectory, { recursive: true, force: true });
  }

  private async spawn(): Promise<void> {
    const child = spawn(process.execPath, [join(ROOT, 'dist/server/main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        DATABASE_URL: `sqlite:${this.databaseFile}`,
        SWITCHBOARD_ADMIN_EMAIL: ADMIN.email,
        SWITCHBOARD_ADMIN_PASSWORD: ADMIN.password,
        ...this.environment,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const record = (chunk: Buffer) => {
      this.output += chunk.toString();
      appendFileSync(SERVER_LOG, chunk);
    };
    child.stdout?.on('data', record);
    child.stderr?.on('data', record);
    child.once('exit', (code, signal) =>
      appendFileSync(SERVER_LOG, `[exited: code ${code}, signal ${signal}]\n`),
    );
    this.child = child;
    await this.waitUntilHealthy();
  }

  private async waitUntilHealthy(): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null) break;
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Switchboard did not become healthy:\n${this.output}`);
  }
}
