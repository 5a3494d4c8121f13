/**
 * The ribbon commands' start-up boundary. The names are manifest.xml's FunctionName values.
 *
 * They are registered as soon as this module runs, as Microsoft's samples do: office.js, loaded
 * before this bundle, has the registry ready at once, and a registration made only after
 * Office.onReady could miss a click that Office dispatches as soon as the runtime is up. Each
 * handler itself starts only once Office is ready.
 */
import { checkCommand, summaryCommand } from "./handlers";

type Command = (event: Office.AddinCommands.Event) => Promise<void>;

// eslint-disable-next-line no-restricted-globals -- start-up boundary: wait for the host once
const officeReady = Office.onReady();

function afterOfficeReady(command: Command): (event: Office.AddinCommands.Event) => void {
  return (event) => {
    // The handler completes the event itself; if Office never got ready, complete it here so the
    // button does not stay busy.
    void officeReady.then(
      () => command(event),
      () => event.completed(),
    );
  };
}

function register(): void {
  // eslint-disable-next-line no-restricted-globals -- start-up boundary: register the commands
  Office.actions.associate("summary", afterOfficeReady(summaryCommand));
  // eslint-disable-next-line no-restricted-globals -- start-up boundary: register the commands
  Office.actions.associate("check", afterOfficeReady(checkCommand));
}

// At once where office.js has its common API ready when this bundle runs (Office's own hosts);
// otherwise, and in any case, once Office is ready: associating an action twice keeps the last.
// eslint-disable-next-line no-restricted-globals -- start-up boundary: is the actions API there yet?
if (typeof Office.actions?.associate === "function") register();
void officeReady.then(register, () => undefined);
