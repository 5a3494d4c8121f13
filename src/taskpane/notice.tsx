import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export type NoticeIntent = "success" | "warning" | "error" | "info";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: "solid",
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderLeftColor: tokens.colorPaletteGreenBorder2,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeftColor: tokens.colorPaletteYellowBorder2,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorNeutralStroke1 },
});

/**
 * A result or a problem in a box coloured by its kind (the words say the kind too). Plain markup
 * in place of Fluent's MessageBar, which would add its motion and icon code to the first screen.
 */
export function Notice(props: { readonly intent: NoticeIntent; readonly children: ReactNode }) {
  const styles = useStyles();
  return <div className={mergeClasses(styles.box, styles[props.intent])}>{props.children}</div>;
}
