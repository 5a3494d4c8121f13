/** An .xlsx bundled into the preview (webpack `asset/inline`): its bytes as a base64 data URL. */
declare module "*.xlsx" {
  const dataUrl: string;
  export default dataUrl;
}
