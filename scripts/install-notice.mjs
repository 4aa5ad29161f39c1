// The `preinstall` script. On a Node older than the one the project pins, npm would print an
// EBADENGINE warning for every package that asks for Node 22 or later (about 80 lines); .npmrc sets
// `loglevel=error` to hide them, and this one line says why that is safe.
// npm runs this script on the pinned Node once it is installed, so the Node that matters, the one
// running npm itself, is read from npm's user agent ("npm/11.6.0 node/v20.19.0 linux x64 …").
const npmNode = /\bnode\/v?(\d+)[.\d]*/.exec(process.env.npm_config_user_agent ?? '');
if (npmNode && Number(npmNode[1]) < 22) {
  console.log(
    `npm runs on Node ${npmNode[0].slice(5)}: its engine warnings are hidden, because every npm script runs on ` +
      'the Node 24 this project pins (the npm package "node"). To see all warnings: npm install --loglevel=warn',
  );
}
