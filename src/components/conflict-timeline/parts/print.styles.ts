import { css } from 'lit';

/**
 * Print: the chronology as a dated list with full cards and their sources (the element renders it
 * when the page is about to print); everything interactive is left out, headings do not stick.
 */
export const printStyles = css`
  .print {
    display: none;
  }
  @media print {
    :host {
      height: auto !important;
      contain: none !important;
      background: none !important;
    }
    .print-replaced {
      display: none !important;
    }
    .print {
      display: block;
    }
    /* Block, not flex, so that a heading is kept with what follows it. */
    .print .chronology {
      display: block;
    }
    .print .header .description {
      display: block;
      -webkit-line-clamp: unset;
      overflow: visible;
    }
    .print .year-heading,
    .print .month-heading {
      position: static;
      height: auto;
      break-after: avoid;
    }
    .print .entry {
      break-inside: avoid;
    }
  }
`;
