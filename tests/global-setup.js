// Builds dist/ once before any suite runs, so `npx jest <any folder>` after a source edit tests the fresh bundle
// and no suite rebuilds dist/ under another one that is reading it.
const { build } = require('../dev/build');

module.exports = async function globalSetup() {
  await build();
};
