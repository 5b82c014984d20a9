/**
 * Astro 7 needs Node ≥ 22.12. npm scripts run on the Node 24 that the `node` devDependency puts
 * first on PATH; a script started by hand with an older system Node stops here with one sentence.
 */
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This portal needs Node 22.12 or newer, but this is Node ${process.versions.node}. ` +
      'Run it through npm (npm start, npm test), which uses the Node 24 installed in node_modules.',
  )
  process.exit(1)
}
