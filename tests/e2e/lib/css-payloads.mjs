/**
 * S5: ten CSS payloads of the kinds pages use to track readers or cover controls: @import, @font-face with
 * unicode-range, attribute-selector beacons, background:url, a fixed overlay (inline and by class), :visited,
 * image-set, a stylesheet link and a style inside SVG. `beacon(name)` gives an address on another origin; a clip that
 * kept any of them would request it when rendered, or lay something over GovClip's own controls.
 */
export function cssPayloads(beacon) {
	return [
		{name: '@import', html: `<style>@import url("${beacon('import')}");</style>`},
		{name: '@font-face unicode-range', html: `<style>@font-face{font-family:leak;src:url("${beacon('font')}");unicode-range:U+0041-005A}p,li{font-family:leak}</style>`},
		{name: 'attribute-selector beacon', html: `<style>a[href^="mailto:press"]{background:url("${beacon('attribute')}")}</style><p>Write to <a href="mailto:press@council.example">the press office</a>.</p>`},
		{name: 'background:url', html: `<p style="background:url('${beacon('background')}')">A paragraph with a background image.</p>`},
		{name: 'position:fixed overlay, inline', html: `<div style="position:fixed;inset:0;z-index:2147483647;background:rgba(200,0,0,.4)">An overlay laid over everything.</div>`},
		{name: 'position:fixed overlay, by class', html: `<style>.cover{position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:2147483647;background:url("${beacon('cover')}")}</style><div class="cover">An overlay by class.</div>`},
		{name: ':visited', html: `<style>a:visited{background:url("${beacon('visited')}")}</style><p>See <a href="https://www.gov.uk/">GOV.UK</a>.</p>`},
		{name: 'image-set', html: `<div style="background-image:image-set(url('${beacon('image-set')}') 1x)">A block with an image set.</div>`},
		{name: 'stylesheet link', html: `<link rel="stylesheet" href="${beacon('link')}"><p>A paragraph after a stylesheet link.</p>`},
		{name: 'style inside SVG', html: `<svg><style>@import url("${beacon('svg')}");</style><text>drawing</text></svg>`},
	];
}

/** A council news article with every payload between its paragraphs; each paragraph has a marker "S5 paragraph n". */
export function cssHostileArticle(beacon) {
	const payloads = cssPayloads(beacon);
	const paragraph = n => `<p>S5 paragraph ${n}: the council confirmed funding for bus routes, libraries and flood defences across the county this year, with work starting in spring.</p>`;
	const body = payloads.map((payload, n) => `${paragraph(n + 1)}\n${payload.html}`).join('\n');
	return {
		payloads,
		html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council confirms transport funding</title></head>
<body><main><article><h1>Council confirms transport funding</h1>
${body}
${paragraph(payloads.length + 1)}
</article></main></body></html>`,
	};
}
