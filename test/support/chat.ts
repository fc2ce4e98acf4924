// The chat's reader on the real content, for tests: what a customer's text says at a question.
import { understand, type UnderstandContext } from '@/lib/chat/understand';
import { loadLibrary, type Library } from '@/lib/content/library';
import { compileRules } from '@/lib/diagnose/classify';
import { optionsFor, walk } from '@/lib/troubleshoot/engine';
import type { FactName, Facts } from '@/lib/vocabulary/facts';

export type ChatReader = {
  library: Library;
  /** What the text says when `question` is on screen (the chat's first question when undefined), with `known` facts. */
  read: (text: string, question?: FactName, known?: Facts) => ReturnType<typeof understand>;
};

export async function loadChatReader(): Promise<ChatReader> {
  const library = await loadLibrary();
  const context: UnderstandContext = {
    understanding: library.understanding,
    isps: library.isps,
    classifier: compileRules(library.diagnose),
  };
  const treeContext = { isps: new Map(library.isps.map((i) => [i.slug, i])), config: library.config };
  const read = (text: string, question?: FactName, known: Facts = {}) => {
    const state = walk(library.tree, known, treeContext);
    const fact = question ?? (state.kind === 'question' ? state.id : undefined);
    const node = fact ? library.tree.nodes[fact] : undefined;
    const options = node?.kind === 'question' ? optionsFor(node, known, treeContext) : [];
    return understand(text, fact ? { fact, options } : undefined, known, context);
  };
  return { library, read };
}
