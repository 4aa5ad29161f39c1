// Links to other sites written in Markdown or MDX get rel="noopener noreferrer", so the page they
// open can't reach back through window.opener and isn't told which guide the reader came from.
// Astro 7 renders Markdown and MDX with Sätteri; this adds a hast plugin to the configured
// processor (the same job a rehype plugin did in the unified pipeline).
// Links written in .astro or .tsx files need the attribute by hand; tests/e2e/site-links.spec.ts
// checks every built page either way.

const EXTERNAL = /^(https?:)?\/\//i;
const REQUIRED = ['noopener', 'noreferrer'];

/** rel tokens with noopener and noreferrer added (kept in order, no duplicates). */
export function withSafeRel(rel) {
  const tokens = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
  return [...new Set([...tokens.filter(Boolean), ...REQUIRED])];
}

/** Hast plugin for Sätteri: <a href="https://…"> in Markdown, and <a> written as JSX in MDX. */
export const externalLinksPlugin = {
  name: 'callback-kit:external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href === 'string' && EXTERNAL.test(href)) ctx.setProperty(node, 'rel', withSafeRel(node.properties.rel));
    },
  },
  mdxJsxTextElement: { filter: ['a'], visit: visitJsx },
  mdxJsxFlowElement: { filter: ['a'], visit: visitJsx },
};

function visitJsx(node) {
  const attributes = node.attributes ?? [];
  const attribute = (name) => attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const href = attribute('href')?.value;
  if (typeof href !== 'string' || !EXTERNAL.test(href)) return undefined;
  const existing = attribute('rel')?.value;
  const rel = { type: 'mdxJsxAttribute', name: 'rel', value: withSafeRel(typeof existing === 'string' ? existing : '').join(' ') };
  return { ...node, attributes: [...attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'rel')), rel] };
}

/** Astro integration that adds the plugin to the Markdown processor (used by MDX too). */
export function externalLinks() {
  return {
    name: 'callback-kit:external-links',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const processor = config.markdown.processor;
        if (processor?.name === 'satteri' && Array.isArray(processor.options?.hastPlugins)) {
          processor.options.hastPlugins.push(externalLinksPlugin);
        } else {
          logger.warn(`Markdown processor "${processor?.name}" is not Sätteri: external links get no rel attribute from the build.`);
        }
      },
    },
  };
}
