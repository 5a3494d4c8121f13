import { Spinner } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useRef, useState, type ReactNode } from "react";
import type { OpenedList } from "../../core/list/open-list";
import { Disclosure } from "../disclosure";
import { useStrings } from "../i18n/strings";
import { CheckSection } from "./check-section";

// Only the check is on the first screen; each other section loads when it is opened.
const ChaseSection = lazy(() => import("./chase-section"));
const FillSection = lazy(() => import("./fill-section"));
const AttainmentSection = lazy(() => import("./attainment-section"));
const SummarySection = lazy(() => import("./summary-section"));
const ChartsSection = lazy(() => import("./charts-section"));
const TargetsSection = lazy(() => import("./targets-section"));

type SectionKey = "check" | "chase" | "fill" | "attainment" | "summary" | "charts" | "targets";

/** The PMO's work on the whole list, one section per task, the check open first. */
export function PmoView(props: {
  readonly list: OpenedList;
  /** How many times the ribbon asked for the check: each time it is opened and brought to focus. */
  readonly checkRequests: number;
}) {
  const { list } = props;
  const strings = useStrings();
  const [open, setOpen] = useState<ReadonlySet<SectionKey>>(new Set(["check"]));
  const [served, setServed] = useState(props.checkRequests);
  const checkHeading = useRef<HTMLButtonElement>(null);
  if (served !== props.checkRequests) {
    setServed(props.checkRequests);
    setOpen((current) => new Set(current).add("check"));
  }
  useEffect(() => {
    if (props.checkRequests > 0) checkHeading.current?.focus();
  }, [props.checkRequests]);
  const toggle = (key: SectionKey) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const section = (key: SectionKey, body: ReactNode) => (
    <Disclosure
      title={strings.sections[key]}
      open={open.has(key)}
      onToggle={() => toggle(key)}
      buttonRef={key === "check" ? checkHeading : undefined}
    >
      <Suspense fallback={<Spinner size="tiny" />}>{body}</Suspense>
    </Disclosure>
  );
  return (
    <div>
      {section("check", <CheckSection list={list} />)}
      {section("chase", <ChaseSection list={list} />)}
      {section("fill", <FillSection />)}
      {section("attainment", <AttainmentSection list={list} />)}
      {section("summary", <SummarySection />)}
      {section("charts", <ChartsSection list={list} />)}
      {section("targets", <TargetsSection list={list} />)}
    </div>
  );
}
