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

/** What the pane learnt about its host at start-up, in the app's own terms. */
export type HostStatus =
  /** Office.onReady answered; `host` is null when the page is opened outside Office. */
  | { readonly kind: "ready"; readonly host: string | null; readonly platform: string | null }
  /** office.js never arrived (the CDN is unreachable), so there is no Office to wait for. */
  | { readonly kind: "no-office" };

/** The task pane: the product name and whether Excel is there to work with. */
export function App({ status }: { readonly status: HostStatus }) {
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

/** Office.PlatformType values as users know them. */
const PLATFORM_NAMES: Readonly<Record<string, string>> = {
  OfficeOnline: "Web 版",
  PC: "Windows 版",
  Mac: "Mac 版",
  iOS: "iPad 版",
  Android: "Android 版",
  Universal: "Windows 版",
};

function statusMessage(status: HostStatus): { intent: MessageBarIntent; text: string } {
  if (status.kind === "no-office") {
    return {
      intent: "error",
      text: "Office のライブラリ (office.js) を読み込めませんでした。appsforoffice.microsoft.com に接続できるか、ネットワークの管理者に確認してください。",
    };
  }
  if (status.host === null) {
    return {
      intent: "warning",
      text: "Office の外で開かれています。Excel の［ホーム］タブ →［施策リスト］→［作業ウィンドウ］から開いてください。",
    };
  }
  if (status.host !== "Excel") {
    return { intent: "warning", text: `このアドインは Excel 専用です (${status.host} では使えません)。` };
  }
  const platform = status.platform === null ? undefined : PLATFORM_NAMES[status.platform];
  return {
    intent: "success",
    text: `Excel${platform === undefined ? "" : ` (${platform})`} に接続しました。`,
  };
}
