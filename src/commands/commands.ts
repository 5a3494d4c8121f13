/**
 * The ribbon commands' entry: each manifest.xml FunctionName registered with its handler, as soon
 * as this module runs (src/excel/startup.ts says when Office hears of them).
 */
import { associateAction } from "../excel/startup";
import { checkCommand, summaryCommand } from "./handlers";

associateAction("summary", summaryCommand);
associateAction("check", checkCommand);
