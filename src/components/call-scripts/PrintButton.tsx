import { printPart } from '../shared/print-part';

/** Prints the one script it sits in (its section), with nothing else from the page. */
export default function PrintButton({ title }: { title: string }) {
  return (
    <button type="button" class="button button--secondary cs-print" onClick={(event) => printPart('kit-printing-part', event.currentTarget.closest('section'))}>
      Print<span class="visually-hidden"> {title.toLowerCase()}</span>
    </button>
  );
}
