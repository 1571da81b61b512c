/**
 * Completion for Seq kernels that shows each word's stack effect beside its
 * name, and its kind (builtin, std, user word, ...) on the right.
 *
 * JupyterLab's own kernel provider keeps only a match's `type` from the
 * kernel's `_jupyter_types_experimental`; this one, ranked above it, also
 * puts the `signature` in the label. The completer drops the kernel
 * provider's duplicates (same insert text), so each word is listed once.
 */
import {
  CompletionHandler,
  ICompletionContext,
  ICompletionProvider
} from '@jupyterlab/completer';

interface ITypedMatch {
  text: string;
  type?: string;
  signature?: string;
}

export class SeqCompletionProvider implements ICompletionProvider {
  readonly identifier = 'CompletionProvider:seq';
  readonly rank = 1000;
  readonly renderer = null;

  async isApplicable(context: ICompletionContext): Promise<boolean> {
    const kernel = context.session?.kernel;
    if (!kernel) {
      return false;
    }
    const info = await kernel.info;
    return info.language_info.name === 'seq';
  }

  async fetch(
    request: CompletionHandler.IRequest,
    context: ICompletionContext
  ): Promise<CompletionHandler.ICompletionItemsReply> {
    const kernel = context.session?.kernel;
    if (!kernel) {
      throw new Error('No kernel for completion request.');
    }
    const msg = await kernel.requestComplete({
      code: request.text,
      cursor_pos: request.offset
    });
    const reply = msg.content;
    if (reply.status !== 'ok') {
      throw new Error('Completion fetch failed to return successfully.');
    }
    const typed = (reply.metadata._jupyter_types_experimental ?? []) as unknown as ITypedMatch[];
    const items = reply.matches.map((match, index) => {
      const info = typed[index];
      if (!info) {
        return { label: match };
      }
      const label = info.signature ? `${match}  ${info.signature}` : match;
      return { label, insertText: info.text, type: info.type };
    });
    return { start: reply.cursor_start, end: reply.cursor_end, items };
  }
}
