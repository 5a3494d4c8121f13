// Provisional: preview.html on its own until the add-in shell's webpack.config.js lands; then
// preview.html becomes one more page of that config and this file goes.
const { createHash } = require("node:crypto");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const EMPTY_STYLE_HASH = `sha256-${createHash("sha256").update("").digest("base64")}`;

// preview.html makes no network request: its scripts come from its own origin (chunks load as
// <script> elements, under script-src), the sample is inside a script, a workbook the person
// opens is read from disk in the page, and a download is made from memory (a blob: URL).
const PREVIEW_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Griffel's empty <style> elements, filled through CSSOM (which CSP does not restrict).
  `style-src '${EMPTY_STYLE_HASH}'`,
  // The empty inline icon.
  "img-src data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

module.exports = (_env, argv) => ({
  mode: argv.mode ?? "production",
  target: "web",
  entry: { preview: "./src/preview/index.tsx" },
  output: {
    path: path.resolve(__dirname, "dist", "preview"),
    filename: "[name].[contenthash:8].js",
    chunkFilename: "[name].[contenthash:8].js",
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
            compilerOptions: { module: "esnext", moduleResolution: "bundler", jsx: "react-jsx" },
          },
        },
      },
      // The sample workbook rides inside a lazily loaded script: no request is needed to open it.
      { test: /\.xlsx$/, type: "asset/inline" },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      template: "./src/preview/preview.html",
      filename: "preview.html",
      chunks: ["preview"],
      csp: PREVIEW_POLICY,
    }),
  ],
  performance: { hints: false },
  devtool: false,
});
