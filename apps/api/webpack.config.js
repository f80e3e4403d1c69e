const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { readFileSync } = require('fs');
const { join } = require('path');

const rootPackage = join(__dirname, '../../package.json');
const { version } = JSON.parse(readFileSync(rootPackage, 'utf8'));

// The server reports this version, build kind and build time at GET /api/version (see
// build-info.ts).
// Taken from the compiler, so that webpack does not become a dependency of the bundle.
const embedBuildInfo = {
  apply(compiler) {
    const build = process.env.NODE_ENV === 'production' ? 'release' : 'development';
    new compiler.webpack.DefinePlugin({
      __PULSE_VERSION__: JSON.stringify(version),
      __PULSE_BUILD__: JSON.stringify(build),
      __PULSE_BUILD_TIME__: JSON.stringify(new Date().toISOString()),
    }).apply(compiler);
  },
};

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: ['./src/assets'],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
    embedBuildInfo,
  ],
};
