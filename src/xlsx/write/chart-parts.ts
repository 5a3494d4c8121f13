import type { CellRange } from "../../core/port/grid";
import { sourceFormula, type ChartSpec } from "../../core/port/plan";
import { escapeXml } from "../xml/xml-text";

/**
 * A chart as DrawingML: the chart part, bound to the new sheet's cells and carrying their values
 * as its cache (so it draws before anything recalculates). A column chart is clustered; a line
 * chart has markers and leaves an empty cell as a gap.
 */
export function chartXml(sheetName: string, chart: ChartSpec): string {
  // The same absolute reference a range dropdown source uses: 'サマリー_R8Q2'!$A$10:$A$12.
  const ref = (range: CellRange) => sourceFormula({ kind: "range", sheet: sheetName, range });
  const cats = chart.categoryRange;
  const line = chart.type === "line";
  const series = chart.series
    .map((s, i) => {
      const col = chart.seriesRange.left + i;
      const nameCell: CellRange = {
        top: chart.seriesRange.top,
        bottom: chart.seriesRange.top,
        left: col,
        right: col,
      };
      const values: CellRange = {
        top: chart.seriesRange.top + 1,
        bottom: chart.seriesRange.bottom,
        left: col,
        right: col,
      };
      // The schema's order: a bar series has invertIfNegative before cat, a line series its marker.
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(ref(nameCell))}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        (line
          ? `<c:marker><c:symbol val="${MARKERS[i % MARKERS.length]}"/><c:size val="7"/></c:marker>`
          : `<c:invertIfNegative val="0"/>`) +
        `<c:cat><c:strRef><c:f>${escapeXml(ref(cats))}</c:f>${strCache(chart.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(ref(values))}</c:f>${numCache(s.values)}</c:numRef></c:val>` +
        (line ? `<c:smooth val="0"/>` : "") +
        `</c:ser>`
      );
    })
    .join("");
  const plot = line
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
      `<c:marker val="1"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>`
    : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
      `<c:gapWidth val="150"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="${line ? "b" : "r"}"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

/**
 * The drawing that places a sheet's charts, one anchor each over the cells its `at` names; chart
 * i is reached by the drawing's relationship `relIds[i]`.
 */
export function drawingXml(charts: readonly ChartSpec[], relIds: readonly string[]): string {
  const anchor = (r: number, c: number) =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  const anchors = charts
    .map((chart, i) => {
      const { rowIndex: row, col, rows, cols } = chart.at;
      // Shape ids are unique within the drawing; 1 is left for the drawing itself, as Excel does.
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from>${anchor(row, col)}</xdr:from><xdr:to>${anchor(row + rows, col + cols)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}">` +
        `<c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${relIds[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
        `<xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors}</xdr:wsDr>`;
}

export const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const CAT_AX = 500_000_001;
const VAL_AX = 500_000_002;
/** A different marker per line, so the lines tell apart in a black-and-white print too. */
const MARKERS = ["circle", "square", "triangle", "diamond"];

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

/** An empty cell has no point at all in the cache: that is how a gap is written. */
function numCache(values: readonly (number | null)[]): string {
  const pts = values
    .map((v, i) => (v !== null && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}
