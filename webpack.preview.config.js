// Provisional: preview.html on its own until the add-in shell's webpack.config.js lands; then
// preview.html becomes one more page of that config and this file goes.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

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
    }),
  ],
  performance: { hints: false },
  devtool: false,
});
