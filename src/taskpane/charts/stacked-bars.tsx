import { makeStyles, tokens } from "@fluentui/react-components";
import { CellText } from "../cell-text";
import { usePaneStyles } from "../styles";
import { chartText, scaleOf, type Bar, type ChartWords } from "./chart-model";
import { EMPTY_KEY } from "./palette";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  bar: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  svg: { display: "block", width: "100%", height: "12px" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  swatch: { width: "10px", height: "10px", marginRight: "4px", verticalAlign: "middle" },
});

/**
 * Horizontal stacked bars drawn by hand in SVG, one per category, all to one scale. The labels and
 * counts are HTML text (so they wrap in a narrow pane and follow the theme); the figure is one
 * image to assistive technology, named by its text alternative.
 */
export function StackedBars(props: {
  readonly title: string;
  readonly bars: readonly Bar[];
  readonly keys: readonly string[];
  readonly color: (key: string, index: number) => string;
  readonly words: ChartWords;
}) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const scale = scaleOf(props.bars);
  const colorOf = (key: string) => props.color(key, props.keys.indexOf(key));
  return (
    <figure role="img" aria-label={chartText(props.title, props.bars, props.words)} className={styles.figure}>
      <figcaption className={pane.heading}>{props.title}</figcaption>
      {props.bars.map((bar, i) => {
        let x = 0;
        return (
          <div key={`${bar.label}:${i}`} className={styles.bar}>
            <span className={styles.label}>
              <CellText value={bar.label} max={60} />{" "}
              <span className={pane.note}>
                {bar.segments
                  .filter((s) => s.value > 0)
                  .map((s) => `${props.words.key(s.key)}${s.value}`)
                  .join(" ")}
              </span>
            </span>
            <svg className={styles.svg} viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <rect x={0} y={0} width={100} height={10} style={{ fill: tokens.colorNeutralBackground3 }} />
              {bar.segments.map((s) => {
                const width = (s.value / scale) * 100;
                const at = x;
                x += width;
                if (width <= 0) return null;
                return s.key === EMPTY_KEY ? (
                  <rect
                    key={s.key}
                    x={at}
                    y={0.5}
                    width={width}
                    height={9}
                    vectorEffect="non-scaling-stroke"
                    style={{
                      fill: "none",
                      stroke: tokens.colorNeutralStrokeAccessible,
                      strokeDasharray: "3 2",
                    }}
                  />
                ) : (
                  <rect key={s.key} x={at} y={0} width={width} height={10} style={{ fill: colorOf(s.key) }} />
                );
              })}
            </svg>
          </div>
        );
      })}
      <ul className={styles.legend}>
        {props.keys.map((key) => (
          <li key={key}>
            <svg className={styles.swatch} viewBox="0 0 10 10" focusable="false">
              <rect
                x={0.5}
                y={0.5}
                width={9}
                height={9}
                style={
                  key === EMPTY_KEY
                    ? { fill: "none", stroke: tokens.colorNeutralStrokeAccessible, strokeDasharray: "2 1" }
                    : { fill: colorOf(key) }
                }
              />
            </svg>
            {props.words.key(key)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
