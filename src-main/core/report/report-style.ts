/**
 * The report's stylesheet, inlined into the HTML so the file opens anywhere with no network.
 *
 * Status colours are paired with text labels (never colour alone) and meet WCAG AA contrast on white.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --fail:#b42318; --warn:#8a5a00; --pass:#1d6b38; --unknown:#4b5563; --skipped:#6a4f96; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "Segoe UI", system-ui, -apple-system, sans-serif; margin: 0; color: #1f2328; background: #fff; }
header { background: #0f2a44; color: #fff; padding: 20px 32px; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 0; opacity: .9; }
main { padding: 16px 32px 48px; max-width: 1400px; }
h2 { font-size: 18px; border-bottom: 2px solid #d0d7de; padding-bottom: 4px; margin-top: 28px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #e5e7eb; }
th { background: #f6f8fa; font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.counts { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0; }
.count { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 14px; min-width: 110px; }
.count strong { display: block; font-size: 22px; }
.status { display: inline-block; font-weight: 700; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; }
.status-fail { background: var(--fail); } .status-warn { background: var(--warn); }
.status-pass { background: var(--pass); } .status-unknown { background: var(--unknown); }
.status-skipped { background: var(--skipped); }
.count.status-fail strong { color: var(--fail); } .count.status-warn strong { color: var(--warn); }
.count.status-pass strong { color: var(--pass); } .count.status-unknown strong { color: var(--unknown); } .count.status-skipped strong { color: var(--skipped); }
.count.status-fail, .count.status-warn, .count.status-pass, .count.status-unknown, .count.status-skipped { background: #fff; color: #1f2328; }
code, .mono { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
details { margin: 4px 0; }
details summary { cursor: pointer; color: #0b57d0; }
.evidence { background: #f6f8fa; border: 1px solid #e5e7eb; border-radius: 6px; padding: 8px 12px; }
.evidence pre { white-space: pre-wrap; word-break: break-all; margin: 0; }
.muted { color: #57606a; }
.warning-banner { background: #fff4e5; border: 1px solid #8a5a00; padding: 8px 12px; border-radius: 6px; }
ul.links { margin: 4px 0; padding-left: 18px; }
ol.wire { margin: 0; padding-left: 18px; }
.hex { word-break: break-all; font-size: 11px; }
.stage { display: inline-block; font-size: 11px; font-weight: 700; padding: 0 5px; border-radius: 4px; color: #fff; }
.stage-pass { background: var(--pass); } .stage-warn { background: var(--warn); } .stage-fail { background: var(--fail); }
.stage-skipped { background: #fff; color: #57606a; border: 1px dashed #d0d7de; }
.inspected { color: var(--fail); font-weight: 600; }
ol.failures > li, ol.transcript > li { margin: 6px 0 10px; }
.fix { background: #f6f8fa; border-left: 3px solid #0b57d0; padding: 4px 10px; margin-top: 4px; }
.fix ul { margin: 2px 0; padding-left: 18px; }
li.conclusion { border-left: 3px solid #0f2a44; padding-left: 8px; }
.diagram { overflow: auto; border: 1px solid #d0d7de; border-radius: 6px; }
.diagram svg { max-width: 100%; height: auto; display: block; }
@media print { .diagram { overflow: visible; border: 0; } section { break-inside: auto; } h2 { break-after: avoid; } }
@media print { header { background: #fff; color: #000; border-bottom: 2px solid #000; } details { display: block; } }
`;
