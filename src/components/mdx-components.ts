/**
 * Components that guides use as MDX tags, handed to every guide's <Content />.
 *
 * Why a list and not just imports in the MDX: a component imported only inside an MDX file has
 * its <style> injected as a separate element whose hash Astro leaves out of the page's CSP,
 * so the browser blocks it. Passing the component from the page puts its CSS in the page's
 * own stylesheet, which is hashed. Every component with a <style> block that a guide embeds
 * belongs here; components whose CSS is an imported .css file (the tools) can be imported in
 * the MDX itself, which keeps their CSS off the guides that don't use them.
 */
import HiringTimeChart from './HiringTimeChart.astro';
import InShort from './InShort.astro';

export const mdxComponents = { HiringTimeChart, InShort };
