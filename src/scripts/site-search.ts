/**
 * Site search on /search/, with Pagefind's low-level API and our own rendering (Pagefind's UI
 * bundle injects inline styles, which the content security policy blocks).
 *
 * Nothing is fetched until the reader starts a search: typing, submitting, or arriving with ?q=.
 * Results are built with DOM APIs only; an excerpt's <mark> highlights become <mark> elements
 * and everything else becomes text, so no markup from the index is ever parsed.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<PagefindSearch | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;

let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = PAGEFIND_URL;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  pagefindPromise.catch(() => {
    // Let the next search try again (for example once the connection is back).
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

type Run = { text: string; mark: boolean };

/**
 * Splits a Pagefind excerpt into plain and highlighted runs. The browser's own HTML parser reads
 * it: DOMParser makes an inert document (no script runs, nothing loads), and character
 * references are decoded exactly as on any page. Only text is kept; text inside <mark> is
 * highlighted, and every other tag is dropped with its text kept.
 */
export function excerptRuns(excerpt: string): Run[] {
  const runs: Run[] = [];
  const collect = (parent: Node, mark: boolean) => {
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) collect(node, mark || node.nodeName === 'MARK');
      else if (node.nodeType === Node.TEXT_NODE && node.textContent) {
        const last = runs.at(-1);
        if (last?.mark === mark) last.text += node.textContent;
        else runs.push({ text: node.textContent, mark });
      }
    }
  };
  collect(new DOMParser().parseFromString(excerpt, 'text/html').body, false);
  return runs;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.section) {
    const label = document.createElement('p');
    label.className = 'meta';
    label.textContent = data.meta.section;
    item.append(label);
  }
  const excerpt = document.createElement('p');
  for (const run of excerptRuns(data.excerpt)) {
    if (run.mark) {
      const highlight = document.createElement('mark');
      highlight.textContent = run.text;
      excerpt.append(highlight);
    } else {
      excerpt.append(run.text);
    }
  }
  if (excerpt.textContent) item.append(excerpt);
  return item;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  moreWrap: HTMLElement;
  more: HTMLButtonElement;
}

function searchElements(root: Document): SearchElements | undefined {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const moreWrap = root.querySelector<HTMLElement>('[data-search-more-wrap]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !moreWrap || !more) return undefined;
  return { form, input, status, list, moreWrap, more };
}

/** Keeps the address and the tab title in step with the search, so Back and history make sense. */
function setQueryInUrl(term: string, baseTitle: string) {
  const url = new URL(window.location.href);
  if (term) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
  document.title = term ? `“${term}”: ${baseTitle}` : baseTitle;
}

/** Empties the results and says why (or nothing, for an empty search box). */
function clearResults({ list, moreWrap, status }: SearchElements, message: string) {
  list.replaceChildren();
  list.hidden = true;
  moreWrap.hidden = true;
  status.textContent = message;
}

/**
 * The search on one page: `run` searches for a term (a newer search makes older answers stale),
 * `showNext` adds the next page of results.
 */
function createSearch(view: SearchElements) {
  const { list, moreWrap, status } = view;
  const baseTitle = document.title;
  let latest = 0;
  let pending: PagefindResult[] = [];
  let pagefindLoaded = false;

  async function showNext(searchId = latest) {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (searchId !== latest) return;
    list.append(...data.map(renderResult));
    moreWrap.hidden = pending.length === 0;
  }

  async function showResults(term: string, searchId: number) {
    const pagefind = await loadPagefind();
    pagefindLoaded = true;
    const search = await pagefind.search(term);
    if (searchId !== latest || !search) return;
    pending = search.results;
    list.replaceChildren();
    const total = search.results.length;
    list.hidden = total === 0;
    await showNext(searchId);
    if (searchId !== latest) return;
    status.textContent =
      total === 0
        ? `No results for “${term}”. Try a shorter or different word, or browse everything below.`
        : `${plural(total, 'result')} for “${term}”.`;
  }

  async function run(rawTerm: string) {
    const term = rawTerm.trim();
    const searchId = ++latest;
    setQueryInUrl(term, baseTitle);
    if (!term) return clearResults(view, '');
    // Announce only the first, slower search (it downloads the index); later ones take milliseconds
    // and a screen reader should hear the result count, not "loading" on every keystroke.
    if (!pagefindLoaded) status.textContent = 'Loading search…';
    try {
      await showResults(term, searchId);
    } catch {
      if (searchId === latest) {
        clearResults(view, 'Search isn’t available right now. Check your connection and try again, or browse everything below.');
      }
    }
  }

  return { run, showNext };
}

export function startSearch(root: Document = document): void {
  const view = searchElements(root);
  if (!view) return;
  const { form, input, list, more } = view;
  const search = createSearch(view);
  let timer: ReturnType<typeof setTimeout> | undefined;

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search.run(input.value), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search.run(input.value);
  });
  more.addEventListener('click', async () => {
    const firstNew = list.children.length;
    await search.showNext();
    // Move focus to the first new result so keyboard and screen reader users carry on from there.
    list.children[firstNew]?.querySelector('a')?.focus();
  });

  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    void search.run(initial);
  }
}
