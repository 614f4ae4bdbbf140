/** The A4 / US Letter switch of the print page: sets the printed page size and remembers the choice. */
import {useLayoutEffect, useState} from 'preact/hooks';
import {defaultPaper, isPaper, pageSizeCss, PAPERS, type Paper} from '../../core/export/paper.ts';
import {t, type MessageKey} from '../../ui/i18n.ts';

const STORAGE_KEY = 'govclip.paper';
const LABELS: Record<Paper, MessageKey> = {a4: 'paperA4', letter: 'paperLetter'};

/** The remembered paper, else the one the browser's locale suggests. */
function initialPaper(): Paper {
	try {
		const saved = localStorage.getItem(STORAGE_KEY);
		if (isPaper(saved)) {
			return saved;
		}
	} catch {
		// Storage can be off (private windows, policies): the locale's paper then.
	}
	return defaultPaper(navigator.language);
}

/** One <style> after print.css holds the @page size, so the choice reaches the print dialog and Save as PDF. */
function applyPaper(paper: Paper): void {
	let style = document.getElementById('paper-size');
	if (!style) {
		style = document.createElement('style');
		style.id = 'paper-size';
		document.head.append(style);
	}
	style.textContent = pageSizeCss(paper);
	document.documentElement.dataset.paper = paper;
}

export function PaperSwitch() {
	const [paper, setPaper] = useState(initialPaper);
	useLayoutEffect(() => applyPaper(paper), [paper]);
	function choose(next: Paper) {
		setPaper(next);
		try {
			localStorage.setItem(STORAGE_KEY, next);
		} catch {
			// Not remembered, still applied.
		}
	}
	return (
		<fieldset class="paper-switch">
			<legend>{t('paperSize')}</legend>
			{PAPERS.map(option => (
				<label key={option}>
					<input type="radio" name="paper" value={option} checked={paper === option} onChange={() => choose(option)}/>
					<span>{t(LABELS[option])}</span>
				</label>
			))}
		</fieldset>
	);
}
