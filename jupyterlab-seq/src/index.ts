/**
 * The JupyterLab side of Seq: registers the Seq language (mime type
 * text/x-seq, files *.seq) with the editor language registry, so notebook
 * cells of the Seq kernel (its language_info names it) and .seq files are
 * highlighted as you type; and completion showing each word's kind and
 * stack effect.
 */
import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { IEditorLanguageRegistry } from '@jupyterlab/codemirror';
import { ICompletionProviderManager } from '@jupyterlab/completer';
import { LanguageSupport } from '@codemirror/language';
import { syntaxHighlighting } from '@codemirror/language';

import { SeqCompletionProvider } from './completion';
import { pygmentsClasses, seqLanguage } from './seq';

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-seq:language',
  description: 'Seq highlighting in notebook cells and .seq files',
  autoStart: true,
  requires: [IEditorLanguageRegistry],
  activate: (app: JupyterFrontEnd, languages: IEditorLanguageRegistry) => {
    languages.addLanguage({
      name: 'seq',
      displayName: 'Seq',
      mime: 'text/x-seq',
      extensions: ['seq'],
      support: new LanguageSupport(seqLanguage, [syntaxHighlighting(pygmentsClasses)])
    });
  }
};

const completion: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-seq:completion',
  description: 'Seq completion with each word\'s kind and stack effect',
  autoStart: true,
  requires: [ICompletionProviderManager],
  activate: (app: JupyterFrontEnd, completers: ICompletionProviderManager) => {
    completers.registerProvider(new SeqCompletionProvider());
  }
};

export default [plugin, completion];
