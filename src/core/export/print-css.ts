/** The stylesheet for paper, in one place: build.mjs writes it as the print view's print.css, and exported HTML files inline it. */
export const PRINT_CSS = `/* The printed clip: A4 and US Letter, readable type, every URL printed in full. */
@page {
	size: auto;
	margin: 18mm 16mm 20mm;
	/* Page numbers where the browser draws page margin boxes (Chromium 131+); others ignore the rule. */
	@bottom-right { content: counter(page) " / " counter(pages); font: 8pt system-ui, sans-serif; color: #555; }
}
body.print-page { background: #fff; color: #111; font: 11pt/1.5 Georgia, "Times New Roman", serif; }
.print-page #app { max-width: 46rem; margin: 0 auto; padding: 24px 20px 48px; }
.toolbar { display: flex; justify-content: space-between; align-items: center; gap: 16px; flex-wrap: wrap; margin-bottom: 20px; font-family: system-ui, sans-serif; }
.paper-switch { display: flex; align-items: center; border: 0; margin: 0; padding: 0; font-size: 13px; }
.paper-switch legend { float: left; padding: 0; margin-right: 10px; color: #444; }
.paper-switch label { position: relative; }
.paper-switch input { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; opacity: 0; cursor: pointer; }
.paper-switch span { display: block; padding: .45em .95em; border: 1px solid #8a96a3; background: #fff; color: #1b1f24; }
.paper-switch label:first-of-type span { border-radius: 8px 0 0 8px; }
.paper-switch label:last-of-type span { border-radius: 0 8px 8px 0; margin-left: -1px; }
.paper-switch input:checked + span { background: #1d4e89; border-color: #1d4e89; color: #fff; font-weight: 600; }
.paper-switch input:focus-visible + span { outline: 3px solid #f2b705; outline-offset: 2px; }
.source-header { border-bottom: 2px solid #1d4e89; padding-bottom: 10px; margin-bottom: 18px; font-family: system-ui, sans-serif; }
.source-header .kicker { color: #1d4e89; font-weight: 700; font-size: 10pt; text-transform: uppercase; letter-spacing: .04em; margin: 0 0 4px; }
.source-header h1 { font: 700 20pt/1.2 Georgia, serif; margin: 0 0 8px; }
.source-header p { margin: 2px 0; font-size: 9.5pt; color: #444; }
.source-url { word-break: break-all; }
.article-body h2, .article-body h3, .contacts h2, .links h2, .endnotes h2 { break-after: avoid; page-break-after: avoid; font-family: system-ui, sans-serif; }
.article-body p, .article-body li { orphans: 3; widows: 3; }
/* No link colour or underline on paper: each address is printed, in a numbered note or beside its label. */
.print-page a { color: inherit; text-decoration: none; }
.endnote-ref { font: 600 7pt/0 system-ui, sans-serif; vertical-align: super; margin-left: 1px; color: #444; }
.article-body img { max-width: 100%; height: auto; }
.article-body img:not([src]) { display: none; }
.article-body table, .contacts table { border-collapse: collapse; width: 100%; margin: 12px 0; font-size: 9.5pt; break-inside: auto; }
.article-body th, .article-body td, .contacts th, .contacts td { border: 1px solid #bbb; padding: 4px 6px; text-align: left; vertical-align: top; }
.contacts th { background: #eef2f7; }
.contacts, .links, .endnotes { margin-top: 22px; font-size: 10pt; }
.contacts h2, .links h2, .endnotes h2 { font-size: 12pt; border-bottom: 1px solid #ccc; padding-bottom: 3px; }
.links ol, .endnotes ol { padding-left: 20px; }
.links li, .endnotes li { margin-bottom: 5px; break-inside: avoid; page-break-inside: avoid; } /* a label never parted from its address */
.links .url, .endnotes .url { display: block; font: 8.5pt/1.3 ui-monospace, "DejaVu Sans Mono", monospace; color: #333; overflow-wrap: anywhere; }
@media print {
	.no-print { display: none !important; }
	.print-page #app { max-width: none; padding: 0; }
}
@media screen {
	/* On screen the pack is one long page: mark where each printed page will begin, and show that contents entries are links. */
	.pack-item { border-top: 1px dashed #b8c0ca; margin-top: 40px; padding-top: 32px; }
	.toc a { text-decoration: underline; text-decoration-color: #9aa5b1; text-underline-offset: 2px; }
}

/* Briefing pack: a cover, then each item and the appendix on a page of their own. */
.cover { min-height: 60vh; font-family: system-ui, sans-serif; }
.cover .kicker { color: #1d4e89; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; }
.cover .pack-title { font: 700 26pt/1.2 Georgia, serif; margin: 8px 0; }
.toc ol { padding-left: 22px; }
.toc li { margin: 6px 0; }
.toc a { color: inherit; }
.pack-item { break-before: page; page-break-before: always; }
.contacts-appendix table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
.contacts-appendix th, .contacts-appendix td { border: 1px solid #bbb; padding: 4px 6px; text-align: left; vertical-align: top; }
.contacts-appendix th { background: #eef2f7; }
.contacts-appendix h1 { font: 700 20pt/1.2 Georgia, serif; margin: 0 0 14px; padding-bottom: 10px; border-bottom: 2px solid #1d4e89; }
.article-body h2 { font-size: 14pt; }
.article-body h3 { font-size: 12pt; }`;

/** What only a standalone file needs on top of the print view's stylesheet. */
export const EXPORT_CSS = `
.toc .muted { color: #555; }
/* The file's CSP loads no remote image: hide what could only show as a broken picture. */
.article-body img[src^="http:" i], .article-body img[src^="https:" i] { display: none; }
`;
