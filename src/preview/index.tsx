import { createRoot } from "react-dom/client";
import { PreviewApp } from "./preview-app";

/** preview.html's entry: the pane outside Office, on a workbook held in the browser. */
const container = document.getElementById("root");
if (!container) throw new Error("preview.html has no #root");
createRoot(container).render(<PreviewApp />);
