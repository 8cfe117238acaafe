/**
 * A module loaded on first need: in the embed, a chunk beside it found from its own URL (Rollup turns
 * the dynamic `import()` into one), so what the first paint does not need is not paid for before it.
 */
export class LazyModule<T> {
  private _module?: T;
  private _failure?: unknown;
  private _loading?: Promise<void>;
  /** A `get()` found it missing: something is drawn without it until it comes. */
  private _wanted = false;

  /**
   * `loaded` runs when the module comes (to set it up: its styles); `settled` when a load that was
   * wanted ends either way (the element redraws with the module or its failure).
   */
  constructor(
    private readonly _load: () => Promise<T>,
    private readonly _settled: () => void,
    private readonly _loaded: (module: T) => void = () => {},
  ) {}

  /**
   * The module, or `undefined` while it loads or after it failed. The first call starts the load; a
   * failed load is not tried again until `retry()` (an update must not start a load per frame).
   */
  get(): T | undefined {
    if (!this._module) this._wanted = true;
    this.prefetch();
    return this._module;
  }

  /** Starts the load, for later: nothing waits for it or is redrawn when it comes. */
  prefetch(): void {
    if (!this._module && !this._loading && this._failure === undefined) this._start();
  }

  /** Why the last load failed (`undefined`: it did not). */
  get failure(): unknown {
    return this._failure;
  }

  /** Settles when a wanted load under way does (`undefined` when none is). */
  get loading(): Promise<void> | undefined {
    return this._wanted ? this._loading : undefined;
  }

  /** Tries a failed load again. */
  retry(): void {
    this._failure = undefined;
    this.get();
  }

  private _settle(): void {
    if (!this._wanted) return;
    this._wanted = false;
    this._settled();
  }

  private _start(): void {
    let load: Promise<T>;
    try {
      load = this._load();
    } catch (error) {
      load = Promise.reject(error);
    }
    this._loading = load.then(
      (module) => {
        this._module = module;
        this._loading = undefined;
        this._loaded(module);
        this._settle();
      },
      (error: unknown) => {
        this._failure = error ?? new Error('not loaded');
        this._loading = undefined;
        this._settle();
      },
    );
  }
}
