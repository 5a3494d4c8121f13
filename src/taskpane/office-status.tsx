import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
  type MessageBarIntent,
} from "@fluentui/react-components";

/** Why the pane has no workbook to work on, in the app's own terms. */
export type HostStatus =
  /** Office.onReady answered, but not from Excel; `host` is null when opened outside Office. */
  | { readonly kind: "ready"; readonly host: string | null }
  /** office.js never arrived (the CDN is unreachable), so there is no Office to wait for. */
  | { readonly kind: "no-office" };

/**
 * What the task pane page shows when it cannot be the pane: office.js missing, opened outside
 * Office, or in another Office application. Loaded only then, so the pane's first screen does not
 * carry it.
 */
export default function OfficeStatus({ status }: { readonly status: HostStatus }) {
  const styles = useStyles();
  const { intent, text } = statusMessage(status);
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <Title2 as="h1">施策リスト</Title2>
      <MessageBar intent={intent}>
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
});

function statusMessage(status: HostStatus): { intent: MessageBarIntent; text: string } {
  if (status.kind === "no-office") {
    return {
      intent: "error",
      text: "Office のライブラリ（office.js）を読み込めませんでした。appsforoffice.microsoft.com に接続できるか、ネットワークの管理者に確認してください。",
    };
  }
  if (status.host === null) {
    return {
      intent: "warning",
      text: "Office の外で開かれています。Excel の［ホーム］タブ →［施策リスト］→［作業ウィンドウ］から開いてください。",
    };
  }
  return { intent: "warning", text: `このアドインは Excel 専用です（${status.host} では使えません）。` };
}
