import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  ProgressBar,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { WriterState } from "../session/use-writer";
import { useStrings } from "../i18n/strings";
import { changesNothing } from "../session/plan-changes";
import { useSession } from "../session/session";
import { ChangeList } from "./change-list";
import { PersonNameField } from "../settings/person-name-field";
import { isClean, ResultBody } from "./write-status";

/** How long a clean write's result stays in the confirmation before it closes by itself. */
const CLEAN_CLOSE_MS = 1500;

const useStyles = makeStyles({
  // A light shade, not a white sheet: the cells being changed stay in sight behind the dialog.
  backdrop: { backgroundColor: "rgba(0, 0, 0, 0.12)" },
  // The portal's own node takes the pane's look (white, the window's full height) from the
  // FluentProvider; left so, it would blank the whole workbook under the backdrop.
  portal: { backgroundColor: "transparent", minHeight: 0 },
  surface: { boxShadow: tokens.shadow64 },
  // In the preview the pane is the right-hand column: the dialog sits over it, so the sheet view
  // beside it, with the cells being changed, stays in sight.
  besidePane: {
    "@media (min-width: 801px)": {
      left: "auto",
      right: tokens.spacingHorizontalS,
      marginRight: 0,
      width: "344px",
      maxWidth: "344px",
    },
  },
});

/**
 * The confirmation every write goes through: what it will change, then its progress with a
 * way to stop between steps, then what it did. Modal, so nothing else changes the workbook
 * meanwhile; Escape and "Cancel" close it without writing while it only shows the plan.
 *
 * It stays mounted once loaded and is closed through `open`: a dialog removed while open would
 * leave the rest of the pane hidden from screen readers (the modal's aria-hidden stays behind).
 */
export default function WriteDialog() {
  const strings = useStrings();
  const styles = useStyles();
  const { writer, env } = useSession();
  const last = useRef<Exclude<WriterState, { kind: "idle" }> | null>(null);
  if (writer.state.kind !== "idle") last.current = writer.state;
  const state = last.current;
  const done = writer.state.kind === "done" ? writer.state : null;
  const { close } = writer;
  useEffect(() => {
    if (done === null || !isClean(done.result)) return;
    const timer = setTimeout(close, CLEAN_CLOSE_MS);
    return () => clearTimeout(timer);
  }, [done, close]);
  if (state === null) return null;
  const open = writer.state.kind !== "idle";
  const operation = state.kind === "reading" ? state.operation : state.request.operation;
  const name = strings.write.operations[operation];
  const busy = state.kind === "applying";
  const undoing = strings.write.operations[writer.undoable?.operation ?? "undo"];
  const title =
    state.kind === "done"
      ? strings.write.doneTitle(name)
      : state.kind === "applying"
        ? operation === "undo"
          ? strings.write.undoingTitle(undoing)
          : strings.write.writingTitle(name)
        : operation === "undo" && state.kind === "review"
          ? strings.write.undoTitle(undoing)
          : strings.write.reviewTitle(name);
  return (
    <Dialog
      open={open}
      modalType={busy ? "alert" : "modal"}
      onOpenChange={(_e, data) => {
        if (data.open || !open || busy) return;
        if (state.kind === "done") writer.close();
        else writer.cancel();
      }}
    >
      <DialogSurface
        className={mergeClasses(styles.surface, env.host === "preview" && styles.besidePane)}
        backdrop={{ className: styles.backdrop }}
        mountNode={{ className: styles.portal }}
      >
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {state.kind === "reading" && <Spinner size="small" label={strings.list.loading} />}
            {state.kind === "review" && (
              <ChangeList
                changes={state.changes}
                notes={state.request.notes ?? []}
                warnings={state.request.warnings ?? []}
                keeps={state.keeps}
              />
            )}
            {state.kind === "review" && !changesNothing(state.changes) && <PersonNameField />}
            {(state.kind === "applying" || state.kind === "done") && (
              <Field
                label={strings.write.progress}
                validationMessage={stepText(state, strings)}
                validationState="none"
              >
                <ProgressBar value={progressValue(state)} />
              </Field>
            )}
            {state.kind === "done" && (
              // Said as it appears: the pane's own live region is hidden behind the modal.
              <div role="status">
                <ResultBody result={state.result} />
              </div>
            )}
          </DialogContent>
          <DialogActions>
            {state.kind === "review" && !changesNothing(state.changes) && (
              <Button appearance="primary" onClick={writer.confirm}>
                {strings.write.confirm}
              </Button>
            )}
            {(state.kind === "reading" || state.kind === "review") && (
              <Button onClick={writer.cancel}>{strings.write.cancel}</Button>
            )}
            {state.kind === "applying" && <Button onClick={writer.stop}>{strings.write.stop}</Button>}
            {state.kind === "done" && (
              <Button appearance="primary" onClick={writer.close}>
                {strings.write.dismiss}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

type Running = Extract<WriterState, { kind: "applying" | "done" }>;

/**
 * How far a write has come, counted in finished requests: the compare read is the first, then
 * each request of the write; whole once the write is over, whatever its result.
 */
function progressValue(state: Running): number {
  if (state.kind === "done") return 1;
  if (state.step === null || state.step === "compare" || !state.progress) return 0;
  return state.progress.piece / (state.progress.pieces + 1);
}

function stepText(state: Running, strings: ReturnType<typeof useStrings>): string {
  if (state.kind === "done") return strings.write.finished;
  if (state.step === null) return "";
  const step = strings.write.steps[state.step];
  return state.progress && state.progress.pieces > 1
    ? strings.write.stepOf(step, state.progress.piece, state.progress.pieces)
    : step;
}
