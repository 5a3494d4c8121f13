// Browser bundles. For now the core alone, as a library: building it proves src/core/ runs in the
// browser (webpack 5 provides no Node built-ins, so an `fs` import fails the build). The add-in's
// task pane and ribbon commands join as further entries.
const path = require("node:path");

module.exports = (_env, argv) => ({
  mode: argv.mode ?? "production",
  target: "web",
  // The .xlsx adapter's browser-safe part rides along: the preview opens and patches packages in
  // the browser, so a Node built-in reaching it fails this build.
  entry: {
    "measure-list-core": "./src/core/index.ts",
    "measure-list-xlsx": { import: "./src/xlsx/index.ts", library: { name: "MeasureListXlsx", type: "umd" } },
  },
  output: {
    path: path.resolve(__dirname, "dist", "web"),
    filename: "[name].js",
    library: { name: "MeasureList", type: "umd" },
    globalObject: "globalThis",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { module: "esnext", moduleResolution: "bundler" },
          },
        },
      },
    ],
  },
  performance: { hints: false },
  devtool: false,
});
