// Entry bundled by browser-bundle.test.ts: the export core and the sanitiser, as an extension page would bundle them.
export {exportClips} from '../../../src/core/export/export-clips.ts';
export {createSanitizer} from '../../../src/core/sanitize/sanitizer.ts';
