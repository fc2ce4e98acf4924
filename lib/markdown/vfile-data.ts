// What the loaders hand the markdown pipeline through vfile.data.
import type { Placeholders } from './placeholders';

declare module 'vfile' {
  // Module augmentation only works with an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface DataMap {
    /** ESP values for {{name}} placeholders; absent when the site config did not load. */
    placeholders: Placeholders;
  }
}

export {};
