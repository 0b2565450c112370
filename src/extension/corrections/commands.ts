import * as vscode from 'vscode';
import type { CorrectionChange, Entity, Markup, NameCorrection, QuoteCorrection } from '../../markup';
import type { EntityNode, SpanNode, TreeNode } from '../entityTrees';
import type { Log } from '../log';
import type { MarkupStore } from '../markupStore';
import { isArticle } from '../settings';
import { entityOffers, offersAt, quoteOffers, speakerChoices, type Offer, type Place, type Question } from './offers';
import { articlePathOf, CorrectionsError, type CorrectionsStore } from './store';
import type { CorrectionNode } from './view';

/** A preset answer (tests, Quick Fixes that carry it): a name, null for "nobody", undefined to ask. */
type Answer = string | null | undefined;

const ARTICLE_ONLY = 'Only in this article…';

/** The article a correction is about, analysed, with its path as the corrections file writes it. */
interface Subject {
  document: vscode.TextDocument;
  markup: Markup;
  article: string;
}

export class CorrectionCommands {
  constructor(
    private readonly store: MarkupStore,
    private readonly corrections: CorrectionsStore,
    private readonly log: Log,
  ) {}

  handlers(): Record<string, (...args: any[]) => unknown> {
    return {
      'newsMarkup.correctMarkup': (title?: string, answer?: Answer, articleScope?: boolean) =>
        this.correctAtCursor(title, answer, articleScope),
      'newsMarkup.correctItem': (node?: TreeNode, title?: string, answer?: Answer) => this.correctTreeItem(node, title, answer),
      'newsMarkup.correction.at': (uri: string, place: Place, title: string, answer?: Answer, articleScope?: boolean) =>
        this.correctAt(vscode.Uri.parse(uri), place, title, answer, articleScope),
      'newsMarkup.undoCorrection': () => this.undo(),
      'newsMarkup.removeCorrection': (node?: CorrectionNode) => this.remove(node),
      'newsMarkup.openCorrectionsFile': (node?: CorrectionNode) => this.openFile(node),
    };
  }

  private async subject(document: vscode.TextDocument | undefined): Promise<Subject | undefined> {
    if (!document || !isArticle(document)) {
      void vscode.window.showInformationMessage('News Markup: open an article to correct its markup.');
      return undefined;
    }
    const markup = (await this.store.ready(document)).markup;
    return markup ? { document, markup, article: articlePathOf(document.uri) } : undefined;
  }

  /** The editor's "Correct Markup…": the choices at the cursor or selection, picked from a list. */
  private async correctAtCursor(title?: string, answer?: Answer, articleScope = false): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    // The selection when the reader chose the command, not after the analysis is awaited.
    const selection = editor?.selection;
    const subject = await this.subject(editor?.document);
    if (!selection || !subject) return false;
    const place = { start: subject.document.offsetAt(selection.start), end: subject.document.offsetAt(selection.end) };
    return this.correctAt(subject.document.uri, place, title, answer, articleScope, subject);
  }

  private async correctAt(
    uri: vscode.Uri,
    place: Place,
    title?: string,
    answer?: Answer,
    articleScope = false,
    known?: Subject,
  ): Promise<boolean> {
    const subject = known ?? (await this.subject(await vscode.workspace.openTextDocument(uri)));
    if (!subject) return false;
    const offers = (scoped: boolean) => offersAt(subject.markup, subject.document.getText(), place, subject.article, scoped);
    return this.choose(subject, offers, title, answer, articleScope);
  }

  /** The sidebar's "Correct…" on a name or a quote. */
  private async correctTreeItem(node?: TreeNode, title?: string, answer?: Answer): Promise<boolean> {
    if (!node || node.kind === 'group') return false;
    const document = await vscode.workspace.openTextDocument(node.kind === 'entity' ? node.uri : node.parent.uri);
    const subject = await this.subject(document);
    if (!subject) return false;
    const offers = (scoped: boolean) => this.treeOffers(subject, node, scoped);
    return this.choose(subject, offers, title, answer, false);
  }

  private treeOffers(subject: Subject, node: EntityNode | SpanNode, scoped: boolean): Offer[] {
    const text = subject.document.getText();
    const entityNode = node.kind === 'entity' ? node : node.parent;
    const entity = subject.markup.entities.find((e) => e.name === entityNode.entity.name && e.type === entityNode.entity.type);
    if (node.kind === 'span' && (node.role === 'quote' || node.role === 'reported')) {
      const list = node.role === 'quote' ? subject.markup.quotes : subject.markup.reported;
      const quote = list.find((q) => q.start === node.start && q.end === node.end);
      return quote ? quoteOffers(subject.markup, text, quote, node.role === 'reported', subject.article) : [];
    }
    if (!entity) return [];
    return entityOffers(entity, node.kind === 'span' && node.role === 'name' ? node.text : undefined, scoped ? subject.article : undefined);
  }

  /** Picks one of the offers (or takes the one titled), asks its question, saves the change. */
  private async choose(
    subject: Subject,
    offersFor: (articleScope: boolean) => Offer[],
    title: string | undefined,
    answer: Answer,
    articleScope: boolean,
  ): Promise<boolean> {
    let scoped = articleScope;
    let offers = offersFor(scoped);
    if (!offers.length) {
      void vscode.window.showInformationMessage(
        'News Markup: nothing to correct here. Put the cursor on a name or a quote, or select words.',
      );
      return false;
    }
    let offer = title === undefined ? undefined : offers.find((o) => o.title === title);
    if (title !== undefined && !offer) throw new Error(`no correction "${title}" here`);
    while (!offer) {
      const canScope = !scoped && offers.some((o) => o.scope === 'workspace');
      const items = [...offers.map((o) => o.title), ...(canScope ? [ARTICLE_ONLY] : [])];
      const picked = await vscode.window.showQuickPick(items, {
        title: scoped ? `Correct the markup of ${subject.article} only` : 'Correct the markup',
        placeHolder: scoped ? 'Name corrections apply to this article only' : 'Name corrections apply to every article of the folder',
      });
      if (picked === undefined) return false;
      if (picked === ARTICLE_ONLY) {
        scoped = true;
        offers = offersFor(true);
        continue;
      }
      offer = offers.find((o) => o.title === picked);
    }
    return this.run(subject, offer, answer);
  }

  private async run(subject: Subject, offer: Offer, answer: Answer): Promise<boolean> {
    let change: CorrectionChange | undefined = offer.change;
    if (!change && offer.ask && offer.complete) {
      const given = answer !== undefined ? answer : await this.ask(offer.ask, subject.markup, offer.title);
      if (given === undefined) return false;
      change = offer.complete(given);
    }
    if (!change) return false;
    return this.save(subject.document.uri, change, offer.title);
  }

  private async save(uri: vscode.Uri, change: CorrectionChange, label: string): Promise<boolean> {
    try {
      const changed = await this.corrections.change(uri, change, label);
      this.log.info(`correction ${changed ? 'saved' : 'already there'}: ${label}`);
      return changed;
    } catch (e) {
      if (!(e instanceof CorrectionsError)) throw e;
      const open = 'Open Corrections File';
      void vscode.window.showErrorMessage(`News Markup: ${e.message}`, open).then((c) => {
        const file = this.corrections.fileFor(uri);
        if (c === open && file) void vscode.window.showTextDocument(file.uri);
      });
      return false;
    }
  }

  /** A speaker or another entity: the article's names to pick from, or a name typed in. */
  private ask(question: Question, markup: Markup, title: string): Promise<Answer> {
    const entities: Entity[] =
      question === 'speaker' ? speakerChoices(markup) : markup.entities.filter((e) => !title.includes(`“${e.name}”`));
    const nobody = question === 'speaker' ? [{ label: '$(circle-slash) Nobody the article names', answer: null as string | null }] : [];
    const base = [...entities.map((e) => ({ label: e.name, description: e.type, answer: e.name as string | null })), ...nobody];
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { answer: string | null }>();
    pick.title = title.replace(/…$/, '');
    pick.placeholder = question === 'speaker' ? 'Who speaks? Pick a name or type one' : 'Which name? Pick one or type one';
    pick.items = base;
    return new Promise((resolve) => {
      let done = false;
      pick.onDidChangeValue((value) => {
        const typed = value.trim();
        const known = base.some((i) => i.label.toLowerCase() === typed.toLowerCase());
        pick.items = typed && !known ? [{ label: typed, description: 'typed name', answer: typed }, ...base] : base;
      });
      pick.onDidAccept(() => {
        done = true;
        resolve(pick.selectedItems[0]?.answer);
        pick.hide();
      });
      pick.onDidHide(() => {
        if (!done) resolve(undefined);
        pick.dispose();
      });
      pick.show();
    });
  }

  private async undo(): Promise<string | undefined> {
    try {
      const label = await this.corrections.undo();
      void vscode.window.setStatusBarMessage(label ? `News Markup: undid "${label}"` : 'News Markup: no correction to undo', 4000);
      return label;
    } catch (e) {
      if (!(e instanceof CorrectionsError)) throw e;
      void vscode.window.showErrorMessage(`News Markup: ${e.message}`);
      return undefined;
    }
  }

  private async remove(node?: CorrectionNode): Promise<boolean> {
    if (!node || node.kind !== 'correction') return false;
    const change: CorrectionChange =
      node.list === 'names' ? { removeNames: [node.entry as NameCorrection] } : { removeQuotes: [node.entry as QuoteCorrection] };
    // The file itself stands for its folder: what matters is where the corrections are kept.
    return this.save(node.file.uri, change, `remove ${node.label}`);
  }

  private async openFile(node?: CorrectionNode): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const file = node?.file ?? (editor ? this.corrections.fileFor(editor.document.uri) : this.corrections.all()[0]);
    if (!file) {
      void vscode.window.showInformationMessage('News Markup: open a folder to keep corrections in it.');
      return;
    }
    if (file.state === 'absent') {
      void vscode.window.showInformationMessage(
        `News Markup: ${file.folder.name} has no corrections yet. Correct a name or a quote to start the file.`,
      );
      return;
    }
    const shown = await vscode.window.showTextDocument(file.uri);
    if (node?.kind === 'correction' && node.range) {
      const range = new vscode.Range(shown.document.positionAt(node.range.start), shown.document.positionAt(node.range.end));
      shown.selection = new vscode.Selection(range.start, range.end);
      shown.revealRange(range);
    }
  }
}
