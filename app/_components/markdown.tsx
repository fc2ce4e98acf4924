import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/** Renders a processed article tree on the server; React escapes every text and attribute. */
export function Markdown({ tree }: { tree: Root }): ReactElement {
  // The library types its result with the global JSX namespace, which React 19 no longer declares.
  return toJsxRuntime(tree, { Fragment, jsx, jsxs }) as ReactElement;
}
