import * as vscode from 'vscode';
import type { Log } from '../log';
import type { MarkupStore } from '../markupStore';
import { offersAt } from './offers';
import { articlePathOf } from './store';

/**
 * Quick Fixes on the name, quote or selected words under the cursor: "“Harbour Centre” is a Place",
 * "This is not a quote", "Mark “Ola Brandt” as a Person". Each runs `newsMarkup.correction.at`, which
 * asks what is left to ask (a speaker) and saves the correction.
 */
export class CorrectionCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly store: MarkupStore,
    private readonly log: Log,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    return this.log.guardAsync('code actions', [], async () => {
      // Only what is already analysed: a Quick Fix list must not wait for an analysis.
      const analysis = this.store.peek(document.uri);
      const markup = analysis && analysis.version === document.version ? analysis.markup : null;
      if (!markup) return [];
      const article = articlePathOf(document.uri);
      const place = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
      const offers = offersAt(markup, document.getText(), place, article);
      const actions = offers.map((offer) => {
        const action = new vscode.CodeAction(offer.title, vscode.CodeActionKind.QuickFix);
        action.command = {
          command: 'newsMarkup.correction.at',
          title: offer.title,
          arguments: [document.uri.toString(), place, offer.title],
        };
        return action;
      });
      if (offers.some((o) => o.scope === 'workspace')) {
        const action = new vscode.CodeAction('Correct in this article only…', vscode.CodeActionKind.QuickFix);
        action.command = {
          command: 'newsMarkup.correction.at',
          title: action.title,
          arguments: [document.uri.toString(), place, undefined, undefined, true],
        };
        actions.push(action);
      }
      return actions;
    });
  }
}
