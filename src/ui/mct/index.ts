/**
 * QRM figures for other views: the MCT bar as a component (analysis view) and its
 * geometry as plain data (PDF reports draw it themselves).
 */
export { MctBar } from './MctBar';
export { barGeometry, type BarGeometry, type BarPart, type BarTick } from './mctBarGeometry';
export { polcaFormulaText } from './polcaFormula';
