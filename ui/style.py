"""The panel's look: designed for a side panel of 420-480 px, usable at 1280 px. CSS and a little JS."""

CSS = """
.gradio-container { max-width: 980px !important; margin: 0 auto; padding: 6px !important; }
#rw-header { align-items: center; gap: 6px; flex-wrap: nowrap; }
#rw-header h1 { font-size: 1.15rem; margin: 0; }
#rw-title { padding: 0 !important; min-height: 0 !important; }
#rw-title .html-container, #rw-status-box .html-container { padding: 0 4px !important; }
#rw-name { min-width: 150px; }
.rw-chip { display: inline-block; font-size: .8rem; border: 1px solid var(--border-color-primary);
  border-radius: 999px; padding: 2px 10px; background: var(--background-fill-secondary); max-width: 100%; }
.rw-chip summary { cursor: pointer; list-style: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.rw-chip[open] summary { white-space: normal; }
#rw-status-box { margin-top: -10px !important; padding: 0 !important; min-height: 0 !important; }
.gradio-container main, .gradio-container .main { padding-top: 6px !important; }
.rw-chip[open] { border-radius: 10px; }
.rw-chip ul { margin: 6px 0 2px 16px; padding: 0; }
.rw-warn { color: #9a3412; }
.tab-wrapper button, [role=tab] { padding: 6px 8px !important; font-size: .92rem !important; }
.rw-result, .rw-card, .rw-result * { overflow-wrap: anywhere; word-break: normal; max-width: 100%; box-sizing: border-box; }
.rw-result { overflow-x: hidden; }
.rw-card { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 10px 12px;
  margin: 6px 0; background: var(--background-fill-primary); }
.rw-card h3 { margin: 0 0 6px 0; font-size: 1rem; }
.rw-card dl { display: grid; grid-template-columns: minmax(80px, max-content) 1fr; gap: 4px 10px; margin: 0; }
.rw-card dt { font-weight: 600; } .rw-card dd { margin: 0; }
.rw-result details { border-top: 1px solid var(--border-color-primary); padding: 6px 2px; }
.rw-result details > summary { cursor: pointer; font-weight: 600; }
.rw-result pre, .rw-pre { white-space: pre-wrap; font-family: inherit; margin: 4px 0; }
.rw-badge { display: inline-block; border-radius: 6px; padding: 0 6px; font-size: .78rem; margin-left: 4px; }
.rw-ok { background: #dcfce7; color: #14532d; } .rw-no { background: #fee2e2; color: #7f1d1d; }
.rw-check { background: #fef3c7; color: #78350f; }
.rw-fact { border-bottom: 1px dotted currentColor; cursor: help; }
.rw-ev { display: inline-block; border: none !important; padding: 0 !important; vertical-align: top; }
.rw-item { display: inline-block; margin-right: 8px; }
.rw-ev > summary { display: inline; font-weight: 400 !important; font-size: .78rem; color: var(--link-text-color); }
.rw-ev blockquote { margin: 4px 0 4px 8px; padding-left: 8px; border-left: 3px solid #d4d4d8; font-size: .88rem; }
.rw-tocheck { border-left: 4px solid #f59e0b; }
.rw-sticky { position: sticky; bottom: 0; z-index: 20; background: var(--background-fill-primary);
  border-top: 1px solid var(--border-color-primary); padding: 6px 0 4px 0; }
.rw-sticky button { min-width: 0 !important; }
#rw-source-chips .wrap { gap: 4px; }
#rw-source-chips label { padding: 2px 10px !important; font-size: .82rem; border-radius: 999px !important; }
#rw-source-chips input[type=radio] { display: none; }
#rw-source-chips label.selected, #rw-source-chips label:has(input:checked) { background: var(--color-accent-soft);
  border-color: var(--color-accent) !important; font-weight: 600; }
.rw-source { border-left: 3px solid var(--color-accent); padding-left: 8px; }
.rw-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(92px, 1fr)); gap: 4px; }
.rw-col { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 4px 6px; font-size: .85rem; }
.rw-col h4 { margin: 0 0 2px 0; font-size: .8rem; }
.rw-col ul { margin: 0; padding-left: 14px; }
.rw-diff { background: #fef3c7; border-radius: 4px; padding: 0 3px; }
.rw-same { color: var(--body-text-color-subdued); }
.rw-code { font-size: 2rem; font-weight: 700; letter-spacing: .15em; }
table.rw-table { width: 100%; border-collapse: collapse; font-size: .88rem; }
table.rw-table td, table.rw-table th { border-bottom: 1px solid var(--border-color-primary); padding: 3px 4px; text-align: left; vertical-align: top; }
@media print {
  body.rw-print-citizen * { visibility: hidden !important; }
  body.rw-print-citizen #rw-letter-citizen, body.rw-print-citizen #rw-letter-citizen * { visibility: visible !important; }
  body.rw-print-citizen #rw-letter-citizen { position: absolute; left: 0; top: 0; width: 100%; }
}
"""

# Prints only the citizen's text (the print CSS above hides everything else).
PRINT_CITIZEN_JS = """() => {
  document.body.classList.add('rw-print-citizen');
  window.print();
  setTimeout(() => document.body.classList.remove('rw-print-citizen'), 500);
}"""
