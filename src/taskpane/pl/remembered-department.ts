import { useState } from "react";
import type { PaneEnvironment } from "../environment";
import type { Department } from "./department-rows";

/** Where this browser remembers the PL's department; only the name is kept, nothing else. */
export const DEPARTMENT_KEY = "measure-list:pl-department";

/**
 * The department the PL picked, remembered in this browser so the next visit opens on it. A
 * remembered name the workbook no longer has counts as not picked.
 */
export function useRememberedDepartment(
  storage: PaneEnvironment["storage"],
  departments: readonly Department[],
): [string | null, (department: string | null) => void] {
  const [picked, setPicked] = useState<string | null>(() => {
    try {
      return storage?.getItem(DEPARTMENT_KEY) || null;
    } catch {
      return null;
    }
  });
  const choose = (department: string | null) => {
    setPicked(department);
    try {
      storage?.setItem(DEPARTMENT_KEY, department ?? "");
    } catch {
      // A browser that keeps nothing (private mode, a blocked frame) still works; it forgets.
    }
  };
  const known = picked !== null && departments.some((d) => d.name === picked);
  return [known ? picked : null, choose];
}
