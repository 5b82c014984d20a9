import { type ChildProcess, spawn, type StdioOptions } from 'node:child_process'
import { createServer } from 'node:net'

import type { Env } from '../env'
import { ROOT } from '../paths'
import { ADMIN_SERVER, SITE_SERVER } from './siteServer'

export type RunningPortal = { stop: () => Promise<void>; exited: Promise<string> }

/**
 * Starts the admin (Next.js) and the site (Astro) side by side and waits until both answer on
 * their health endpoints. `exited` settles when either one stops on its own.
 */
export async function startServers(
  env: Env,
  options: { quiet?: boolean; warm?: boolean } = {},
): Promise<RunningPortal> {
  await refuseTakenPorts([
    ['CMS_PORT', env.CMS_HOST, env.CMS_PORT],
    ['SITE_PORT', env.SITE_HOST, env.SITE_PORT],
  ])
  const children: ChildProcess[] = []
  let stopping = false
  let onExit: (why: string) => void = () => undefined
  const exited = new Promise<string>((resolve) => (onExit = resolve))
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  // Quiet (tests): only the servers' errors are shown, each line marked with the server's name.
  const stdio: StdioOptions = [
    'ignore',
    options.quiet ? 'ignore' : 'inherit',
    options.quiet ? 'pipe' : 'inherit',
  ]

  const run = (name: string, command: string, args: string[], extra: Record<string, string>) => {
    const child: ChildProcess = spawn(command, args, {
      cwd: ROOT,
      stdio,
      env: { ...shared, ...extra },
    })
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`))
    child.on('exit', (code, signal) => {
      if (!stopping) onExit(`The ${name} stopped (${signal ?? `exit ${code}`}).`)
    })
    children.push(child)
  }

  const stop = async () => {
    stopping = true
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve()
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
            child.once('exit', () => (clearTimeout(timer), resolve()))
            child.kill('SIGTERM')
          }),
      ),
    )
  }

  run('admin server', process.execPath, ADMIN_SERVER, {
    PORTAL_PROCESS: 'cms',
    PORT: String(env.CMS_PORT),
    HOST: env.CMS_HOST,
  })
  run('site server', process.execPath, SITE_SERVER, {
    PORTAL_PROCESS: 'site',
    PORT: String(env.SITE_PORT),
    HOST: env.SITE_HOST,
  })

  try {
    await Promise.race([
      Promise.all([waitFor(`${env.SITE_URL}/health`), waitFor(`${env.CMS_URL}/api/health`)]),
      exited.then((why) => Promise.reject(new Error(why))),
    ])
  } catch (error) {
    await stop()
    throw error
  }
  if (options.warm !== false) await warmAdmin(env.CMS_URL)
  return { stop, exited }
}

/**
 * The admin's first page render loads and compiles the whole admin (seconds on a cold server):
 * done once here, so the first person to sign in does not wait for it. Best effort.
 */
async function warmAdmin(cmsUrl: string): Promise<void> {
  await fetch(`${cmsUrl}/admin/login`, { signal: AbortSignal.timeout(30_000) }).then(
    (response) => response.arrayBuffer(),
    () => undefined,
  )
}

async function waitFor(url: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`)
}

/**
 * Refuses to start when a port is already held, e.g. by a portal already running there: otherwise
 * the health checks below could be answered by that other portal, and tests or a second
 * `npm start` would talk to a portal they did not start.
 */
async function refuseTakenPorts(ports: [name: string, host: string, port: number][]) {
  for (const [name, host, port] of ports) {
    const taken = await new Promise<boolean>((resolve) => {
      const probe = createServer()
      probe.once('error', () => resolve(true))
      probe.listen(port, host, () => probe.close(() => resolve(false)))
    })
    if (taken)
      throw new Error(
        `Port ${port} (${name}) on ${host} is already in use, perhaps by a portal already running: stop it or set ${name} to a free port.`,
      )
  }
}
