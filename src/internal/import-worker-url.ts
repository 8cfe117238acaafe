/**
 * Where the import worker is: only the embed has one (its build puts the file beside it and replaces
 * this module). The npm build and the sources read exports on the page's thread, in one task.
 */
export const importWorkerUrl = (): URL | undefined => undefined;
