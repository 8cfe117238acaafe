/**
 * The layouts that read the events as a list: the narrow one (phones) and print, with the chronology
 * they share (its controller and styles). One chunk of the embed, loaded when the element is narrow or the page is
 * idle (print must be ready before `beforeprint`, which cannot wait for a file).
 */
import { chronologyStyles } from '../parts/chronology.styles.js';

export { ChronologyController } from '../controllers/chronology-controller.js';
export { NarrowLayout } from './narrow-layout.js';
export { PrintLayout } from './print-layout.js';
export const styles = [chronologyStyles];
