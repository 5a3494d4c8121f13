import { makeStyles, tokens } from "@fluentui/react-components";
import { pathFrame, pathLabels, pathText, type PathSeries, type PathWords } from "./path-chart-model";

const WIDTH = 300;
const HEIGHT = 120;

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  // The drawing keeps its proportions and takes the pane's width, never more.
  svg: { display: "block", width: "100%", maxWidth: `${WIDTH * 1.5}px`, height: "auto" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  key: { verticalAlign: "middle", marginRight: "4px" },
});

/**
 * A target's path drawn by hand in SVG: the yearly targets as a dashed line from 現在地, the
 * actuals so far as a solid line with dots, each year named below. Colour is not the only cue
 * (dashed against solid, and the legend says which is which); the figure is one image to
 * assistive technology, named by its path said year by year.
 */
export function PathChart(props: {
  readonly name: string;
  readonly series: PathSeries;
  readonly words: PathWords;
  readonly legend: { readonly target: string; readonly actual: string };
}) {
  const styles = useStyles();
  const { series, words } = props;
  const frame = pathFrame(series, WIDTH, HEIGHT);
  const at = (p: { year: number; value: number }) => `${frame.x(p.year)},${frame.y(p.value)}`;
  const planned = [...(series.baseline ? [series.baseline] : []), ...series.targets];
  const done = [...(series.baseline ? [series.baseline] : []), ...series.actuals];
  const targetColor = tokens.colorNeutralForeground3;
  const actualColor = tokens.colorBrandForeground1;
  return (
    <figure role="img" aria-label={pathText(props.name, series, words)} className={styles.figure}>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} focusable="false">
        <polyline
          points={planned.map(at).join(" ")}
          style={{ fill: "none", stroke: targetColor, strokeWidth: 1.5, strokeDasharray: "4 3" }}
        />
        {planned.map((p) => (
          <circle
            key={`t${p.year}`}
            cx={frame.x(p.year)}
            cy={frame.y(p.value)}
            r={2.5}
            style={{ fill: targetColor }}
          />
        ))}
        {series.actuals.length > 0 && (
          <polyline
            points={done.map(at).join(" ")}
            style={{ fill: "none", stroke: actualColor, strokeWidth: 2 }}
          />
        )}
        {series.actuals.map((p) => (
          <circle
            key={`a${p.year}`}
            cx={frame.x(p.year)}
            cy={frame.y(p.value)}
            r={3.5}
            style={{ fill: actualColor }}
          />
        ))}
        {pathLabels(series, frame, words.number).map((label) => (
          <text
            key={`${label.kind}:${label.x}`}
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
            style={{
              fontSize: "10px",
              fill: label.kind === "actual" ? actualColor : tokens.colorNeutralForeground1,
              fontWeight: label.kind === "actual" ? 600 : 400,
            }}
          >
            {label.text}
          </text>
        ))}
        {frame.years.map((year, i) => (
          <text
            key={year}
            x={frame.x(year)}
            y={HEIGHT - 6}
            textAnchor={i === 0 ? "start" : i === frame.years.length - 1 ? "end" : "middle"}
            style={{ fontSize: "10px", fill: tokens.colorNeutralForeground2 }}
          >
            {words.year(year)}
          </text>
        ))}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        <li>
          <LegendKey color={targetColor} dashed className={styles.key} />
          {props.legend.target}
        </li>
        {series.actuals.length > 0 && (
          <li>
            <LegendKey color={actualColor} className={styles.key} />
            {props.legend.actual}
          </li>
        )}
      </ul>
    </figure>
  );
}

function LegendKey(props: { readonly color: string; readonly dashed?: boolean; readonly className: string }) {
  return (
    <svg className={props.className} width="18" height="8" viewBox="0 0 18 8" focusable="false">
      <line
        x1={1}
        y1={4}
        x2={17}
        y2={4}
        style={{ stroke: props.color, strokeWidth: 2, ...(props.dashed ? { strokeDasharray: "4 3" } : {}) }}
      />
    </svg>
  );
}
