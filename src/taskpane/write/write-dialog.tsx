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
} from "@fluentui/react-components";
import { useRef } from "react";
import type { WriterState } from "../session/use-writer";
import { useStrings } from "../i18n/strings";
import { changesNothing } from "../session/plan-changes";
import { useSession } from "../session/session";
import { ChangeList } from "./change-list";
import { PersonNameField } from "../settings/person-name-field";

/**
 * The confirmation every write goes through: what it will change, then its progress with a
 * way to stop between steps. Modal, so nothing else changes the workbook meanwhile; Escape and
 * "Cancel" close it without writing while it only shows the plan.
 *
 * It stays mounted once loaded and is closed through `open`: a dialog removed while open would
 * leave the rest of the pane hidden from screen readers (the modal's aria-hidden stays behind).
 */
/**
 * How far a write has come: the compare read is the first part, then each request of the write
 * an equal share up to the whole; putting back after a failure starts again from the compare.
 */
function progressValue(state: Extract<WriterState, { kind: "applying" }>): number {
  if (state.step === null) return 0;
  if (state.step === "compare") return 0.15;
  const share = state.progress ? state.progress.piece / state.progress.pieces : 1;
  return 0.15 + 0.85 * share;
}

export default function WriteDialog() {
  const strings = useStrings();
  const { writer } = useSession();
  const last = useRef<Exclude<WriterState, { kind: "idle" }> | null>(null);
  if (writer.state.kind !== "idle") last.current = writer.state;
  const state = last.current;
  if (state === null) return null;
  const open = writer.state.kind !== "idle";
  const operation = state.kind === "reading" ? state.operation : state.request.operation;
  const name = strings.write.operations[operation];
  const busy = state.kind === "applying";
  return (
    <Dialog
      open={open}
      modalType={busy ? "alert" : "modal"}
      onOpenChange={(_e, data) => {
        if (!data.open && open && !busy) writer.cancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {operation === "undo" && state.kind === "review"
              ? strings.write.undoTitle(strings.write.operations[writer.undoable?.operation ?? "undo"])
              : strings.write.reviewTitle(name)}
          </DialogTitle>
          <DialogContent>
            {state.kind === "reading" && <Spinner size="small" label={strings.list.loading} />}
            {state.kind === "review" && (
              <ChangeList changes={state.changes} notes={state.request.notes ?? []} keeps={state.keeps} />
            )}
            {state.kind === "review" && !changesNothing(state.changes) && <PersonNameField />}
            {state.kind === "applying" && (
              <Field
                label={strings.write.progress}
                validationMessage={
                  state.step === null
                    ? ""
                    : state.progress && state.progress.pieces > 1
                      ? strings.write.stepOf(
                          strings.write.steps[state.step],
                          state.progress.piece,
                          state.progress.pieces,
                        )
                      : strings.write.steps[state.step]
                }
                validationState="none"
              >
                <ProgressBar value={progressValue(state)} />
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            {state.kind === "review" && !changesNothing(state.changes) && (
              <Button appearance="primary" onClick={writer.confirm}>
                {strings.write.confirm}
              </Button>
            )}
            {state.kind !== "applying" && <Button onClick={writer.cancel}>{strings.write.cancel}</Button>}
            {state.kind === "applying" && <Button onClick={writer.stop}>{strings.write.stop}</Button>}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
