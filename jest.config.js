// Apps Script runs a script's Dates in the manifest's time zone; the local runtime sets the process's TZ to it,
// but inside jest process.env is a sandboxed copy, so the workers get it from here.
process.env.TZ = require('./appsscript.json').timeZone;

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  globalSetup: '<rootDir>/tests/global-setup.js',
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          isolatedModules: true,
          ignoreDeprecations: '6.0',
        },
      },
    ],
  },
  testTimeout: 60000,
};
