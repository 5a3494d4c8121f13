import { fillRequest } from "../session/requests";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { IntroAction } from "./intro-action";

/**
 * 選択肢を設定: dropdowns on 天気 and 今後の方向性, variants rewritten to their canonical value.
 * Planned on a fresh read of the columns fill needs, shown, then written on confirmation.
 */
export default function FillSection() {
  const strings = useStrings();
  const { writer } = useSession();
  const run = () => writer.prepare("fill", "fill", (list) => fillRequest(list, strings));
  return <IntroAction note={strings.fill.intro} label={strings.fill.run} onClick={run} />;
}
