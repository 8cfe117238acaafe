import type { ReactiveController, ReactiveElement } from 'lit';
import { paintBands } from '../../../core/density.js';
import type { TimelineState } from '../timeline-state.js';

/**
 * Draws the density bands of the lanes too full for single marks on the track's canvas after each
 * update, as an image written pixel by pixel and reused while the track keeps its size.
 */
export class BandsController implements ReactiveController {
  private _image?: ImageData;
  private _drawn = false;
  /** The frame whose bands the canvas shows: the same frame at the same size is not painted again. */
  private _painted?: unknown;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _state: () => TimelineState,
    private readonly _trackSize: () => { width: number; height: number },
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    this._image = undefined;
  }

  hostUpdated(): void {
    const { frame, boxes, lanes } = this._state();
    const canvas = this._host.renderRoot.querySelector<HTMLCanvasElement>('.bands');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) {
      // No track (the narrow layout): a new one starts blank.
      this._drawn = false;
      this._image = undefined;
      return;
    }
    const size = this._trackSize();
    const ratio = Math.min(2, globalThis.devicePixelRatio || 1);
    const width = Math.max(1, Math.round(size.width * ratio));
    const height = Math.max(1, Math.round(size.height * ratio));
    const resized = canvas.width !== width || canvas.height !== height;
    if (resized) {
      // (which also clears it)
      canvas.width = width;
      canvas.height = height;
    } else if (this._drawn && frame === this._painted) return;
    if (!frame || frame.bandMax === 0 || !lanes) {
      // No bands (zoomed in, or none dense): clear what was drawn and let the image go, which at the
      // track's size in device pixels is megabytes.
      if (this._drawn) context.clearRect(0, 0, width, height);
      this._drawn = false;
      this._image = undefined;
      this._painted = undefined;
      return;
    }
    let image = this._image;
    if (!image || image.width !== width || image.height !== height) {
      image = this._image = context.createImageData(width, height);
    }
    paintBands(new Uint32Array(image.data.buffer), width, height, ratio, {
      bands: frame.bands,
      boxes,
      colors: lanes.lanePixels,
      binWidth: frame.binWidth,
      bandMax: frame.bandMax,
    });
    context.putImageData(image, 0, 0);
    this._drawn = true;
    this._painted = frame;
  }
}
