import type { UnsupportedStep } from "../port/outcome";
import type { Decision } from "./compare";
import type { WritePort } from "./write-port";

/** Steps the plan has that this host cannot take: told, not failed. */
export function unsupportedSteps(port: WritePort, decision: Decision): UnsupportedStep[] {
  const out: UnsupportedStep[] = [];
  for (const lack of port.lacks) {
    if (lack.capability === "print-setup")
      for (const sheet of decision.addSheets)
        if (sheet.content.print) out.push({ step: "print-setup", sheet: sheet.name, needs: lack.needs });
    if (lack.capability === "copy-header-look") {
      const t = decision.writes.find((w) => w.look === "like-left-header");
      if (t) out.push({ step: "copy-header-look", sheet: t.sheet, needs: lack.needs });
    }
  }
  return out;
}
