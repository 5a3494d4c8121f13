import { makeStyles, tokens } from "@fluentui/react-components";
import { CellText } from "../cell-text";
import { usePaneStyles } from "../styles";
import {
  barTotal,
  chartText,
  countRoom,
  scaleOf,
  shownParts,
  type Bar,
  type ChartKind,
  type ChartWords,
} from "./chart-model";
import { isHollow } from "./palette";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  bar: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  /** A tally: each label, then its bar, on one line; the labels share one column, so the bars compare. */
  tally: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    minWidth: 0,
  },
  tallyBar: { display: "contents" },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, minWidth: 0 },
  /** The bar's room, with space kept after it for the count at its end. */
  track: { position: "relative", height: "14px", minWidth: 0 },
  svg: { display: "block", height: "12px", marginTop: "1px" },
  count: {
    position: "absolute",
    top: 0,
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase200,
    lineHeight: "14px",
    fontWeight: tokens.fontWeightSemibold,
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  swatch: { width: "10px", height: "10px", marginRight: "4px", verticalAlign: "middle", flexShrink: 0 },
});

/**
 * Horizontal bars drawn by hand in SVG, all to one scale, each with its count at its end. A
 * stacked chart (weather by pillar) shows each bar's parts under it and one legend; a tally (the
 * grades) labels each bar with its key and that key's colour. Labels and counts are HTML text, so
 * they wrap in a narrow pane and follow the theme; the figure is one image to assistive
 * technology, named by its text alternative.
 */
export function StackedBars(props: {
  readonly title: string;
  readonly bars: readonly Bar[];
  readonly keys: readonly string[];
  readonly color: (key: string, index: number) => string;
  readonly words: ChartWords;
  readonly kind?: ChartKind;
}) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const kind = props.kind ?? "stacked";
  const scale = scaleOf(props.bars);
  const colorOf = (key: string) => props.color(key, props.keys.indexOf(key));
  const counts = props.bars.map((bar) => bar.missing ?? props.words.count(barTotal(bar)));
  const room = countRoom(counts);
  const rows = props.bars.map((bar, i) => {
    const share = bar.missing === undefined ? (barTotal(bar) / scale) * 100 : 0;
    const track = (
      <div className={styles.track} style={{ marginRight: room }}>
        <BarShape bar={bar} share={share} colorOf={colorOf} className={styles.svg} />
        <span className={styles.count} style={{ left: `calc(${share}% + 4px)` }}>
          {counts[i]}
        </span>
      </div>
    );
    if (kind === "tally")
      return (
        <div key={`${bar.label}:${i}`} className={styles.tallyBar}>
          <span className={styles.label}>
            <Swatch keyName={bar.segments[0]?.key ?? ""} colorOf={colorOf} className={styles.swatch} />
            <CellText value={bar.label} max={60} />
          </span>
          {track}
        </div>
      );
    const parts = shownParts(bar, props.words);
    return (
      <div key={`${bar.label}:${i}`} className={styles.bar}>
        <span className={styles.label}>
          <CellText value={bar.label} max={60} />
        </span>
        {track}
        {parts !== "" && (
          <span className={pane.note}>
            <CellText value={parts} />
          </span>
        )}
      </div>
    );
  });
  return (
    <figure
      role="img"
      aria-label={chartText(props.title, props.bars, kind, props.words)}
      className={styles.figure}
    >
      <figcaption className={pane.heading}>{props.title}</figcaption>
      {kind === "tally" ? <div className={styles.tally}>{rows}</div> : rows}
      {kind === "stacked" && (
        <ul className={styles.legend}>
          {props.keys.map((key) => (
            <li key={key}>
              <Swatch keyName={key} colorOf={colorOf} className={styles.swatch} />
              {props.words.name(key)}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** One bar, `share` percent of the track wide, its parts side by side. */
function BarShape(props: {
  readonly bar: Bar;
  readonly share: number;
  readonly colorOf: (key: string) => string;
  readonly className: string;
}) {
  const total = barTotal(props.bar);
  let x = 0;
  return (
    <svg
      className={props.className}
      style={{ width: `${props.share}%` }}
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      focusable="false"
    >
      {props.bar.segments.map((s) => {
        const width = total === 0 ? 0 : (s.value / total) * 100;
        const at = x;
        x += width;
        if (width <= 0) return null;
        return isHollow(s.key) ? (
          <rect
            key={s.key}
            x={at}
            y={0.5}
            width={width}
            height={9}
            vectorEffect="non-scaling-stroke"
            style={{ fill: "none", stroke: tokens.colorNeutralStrokeAccessible, strokeDasharray: "3 2" }}
          />
        ) : (
          <rect key={s.key} x={at} y={0} width={width} height={10} style={{ fill: props.colorOf(s.key) }} />
        );
      })}
    </svg>
  );
}

function Swatch(props: {
  readonly keyName: string;
  readonly colorOf: (key: string) => string;
  readonly className: string;
}) {
  return (
    <svg className={props.className} viewBox="0 0 10 10" focusable="false">
      <rect
        x={0.5}
        y={0.5}
        width={9}
        height={9}
        style={
          isHollow(props.keyName)
            ? { fill: "none", stroke: tokens.colorNeutralStrokeAccessible, strokeDasharray: "2 1" }
            : { fill: props.colorOf(props.keyName) }
        }
      />
    </svg>
  );
}
