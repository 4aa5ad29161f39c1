// html-validate settings for the built site (tests/e2e/html-validate.spec.ts, or by hand:
// `npx html-validate dist`). A .mjs file rather than .htmlvalidate.json so that each relaxed
// rule can say why; html-validate reads either. Everything else is the recommended preset.
/** @type {import('html-validate').ConfigData} */
const config = {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    // Astro writes its island runtime's one rule, `<style>astro-island,astro-slot{display:contents}
    // </style>`, into the body just before the first island, so <style> is allowed as flow
    // content. Browsers apply a <style> wherever it appears; the CSP allows it by hash.
    { style: { flow: true } },
  ],
  rules: {
    // Preact's server renderer closes void elements (`<input/>`) while Astro leaves them open
    // (`<meta>`); both are valid HTML, and the rule can't accept a mix.
    'void-style': 'off',
    // `role="list"` on a <ul> styled with `list-style: none` is deliberate: Safari and VoiceOver
    // drop list semantics from such lists, and the explicit role gives them back. Other
    // redundant roles are still errors.
    'no-redundant-role': ['error', { exclude: ['list'] }],
    // Titles read "<page title> | Callback Kit": the 15-character site suffix pushes some guide
    // titles past the preset's 70. Search results cut long titles at the end, which drops only
    // the suffix, so the page's own words still show.
    'long-title': ['error', { maxlength: 90 }],
  },
};

export default config;
