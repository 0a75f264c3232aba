/**
 * Debian's nginx running a built site's generated server block (_nginx.conf) as
 * a child of a test: on a test port, every writable path in a temporary folder,
 * so no root is needed. The block is used as generated except its `listen` and
 * `root` lines, which the Dockerfile's image would supply.
 */
import { expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

export interface NginxSite {
  /** The folder the build wrote (dist/, or a test build's outDir). */
  dist: string;
  /** The build's PORTAL_BASE_PATH: its files are served under it, as the Dockerfile copies them. */
  base: string;
  port: number;
}

export class NginxUnderTest {
  readonly prefix: string;
  private process: ChildProcess | undefined;
  private stderr = '';

  constructor(private readonly site: NginxSite) {
    expect(existsSync(NGINX), `nginx is not installed at ${NGINX}: apt-get install nginx (bash .ci/run does), or set NGINX_PATH`).toBe(
      true,
    );
    this.prefix = mkdtempSync(join(tmpdir(), 'portal-nginx-'));
    // nginx's workers drop root privileges (user nobody): they must be able to walk into the web root.
    chmodSync(this.prefix, 0o755);
    // The web root holds the site under its base path, like the image (dist/ → root + base).
    const webRoot = join(this.prefix, 'html');
    const siteFolder = join(webRoot, site.base).replace(/\/$/, '');
    mkdirSync(dirname(siteFolder), { recursive: true });
    symlinkSync(site.dist, siteFolder);
    writeFileSync(join(this.prefix, 'portal.conf'), this.serverBlock(webRoot));
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${this.prefix}/${name};`);
    writeFileSync(
      this.mainFile,
      [
        'worker_processes 1;',
        `pid ${this.prefix}/nginx.pid;`,
        `error_log ${this.prefix}/error.log;`,
        'events { worker_connections 64; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        '  access_log off;',
        ...temp,
        `  include ${this.prefix}/portal.conf;`,
        '}',
        '',
      ].join('\n'),
    );
  }

  get mainFile(): string {
    return join(this.prefix, 'nginx.conf');
  }

  get url(): string {
    return `http://127.0.0.1:${this.site.port}`;
  }

  /** The generated block, moved to the test's port and web root: only those two lines change. */
  private serverBlock(webRoot: string): string {
    const generated = readFileSync(join(this.site.dist, '_nginx.conf'), 'utf8');
    const adapted = generated
      .replace(/^ {4}listen 8080;$/m, `    listen 127.0.0.1:${this.site.port};`)
      .replace(/^ {4}root \/usr\/share\/nginx\/html;$/m, `    root ${webRoot};`);
    const changed = generated.split('\n').filter((line, i) => line !== adapted.split('\n')[i]);
    expect(changed, 'the generated block listens on 8080 and serves /usr/share/nginx/html, as the Dockerfile expects').toHaveLength(2);
    return adapted;
  }

  /** `nginx -t` on the configuration: its report and exit status. */
  check(): { status: number | null; report: string } {
    const result = spawnSync(NGINX, ['-t', '-p', this.prefix, '-c', this.mainFile], { encoding: 'utf8' });
    return { status: result.status, report: result.stderr };
  }

  /** Starts nginx in the foreground; resolves once `path` answers 200. */
  async start(path: string): Promise<void> {
    this.process = spawn(NGINX, ['-p', this.prefix, '-c', this.mainFile, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
    this.process.stderr!.on('data', (chunk) => (this.stderr += chunk));
    await expect
      .poll(async () => (await fetch(this.url + path).catch(() => undefined))?.status, {
        message: `nginx did not start: ${this.stderr}`,
        timeout: 10_000,
      })
      .toBe(200);
  }

  async stop(): Promise<void> {
    if (this.process && this.process.exitCode === null) {
      const exited = new Promise((done) => this.process!.once('exit', done));
      this.process.kill('SIGQUIT');
      await exited;
    }
    rmSync(this.prefix, { recursive: true, force: true });
  }
}
