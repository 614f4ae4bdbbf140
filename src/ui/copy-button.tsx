/** Copies one value (an email, a phone number) with one click, and says so for screen readers too. */
import {useState} from 'preact/hooks';
import {t} from './i18n.ts';

export function CopyButton({value, label}: {value: string; label: string}) {
	const [copied, setCopied] = useState(false);
	async function copy() {
		await navigator.clipboard.writeText(value);
		setCopied(true);
		setTimeout(() => setCopied(false), 1500);
	}
	return (
		<button type="button" class="copy-button" onClick={() => void copy().catch(() => setCopied(false))} aria-label={t('copyValue', label)}>
			{copied ? t('copied') : t('copy')}
		</button>
	);
}
