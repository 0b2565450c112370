import * as vscode from 'vscode';
import type { Entity } from '../markup';
import type { Log } from './log';
import { escapeMarkdown } from './markdown';
import { entityAt, entityById, furnitureAt, plural, quoteAt, quotesOf, reportedOf } from './markupQueries';
import type { MarkupStore } from './markupStore';
import { toRange } from './ranges';

const TYPE_LABEL = { person: 'Person', organization: 'Organization', place: 'Place' } as const;
const ARTICLE = { person: 'a person', organization: 'an organization', place: 'a place' } as const;
const CREDIT_NOTE = '*Named only in a byline, a photo credit or a teaser, not in the story: not among its people or speakers.*';
const FURNITURE_LABEL = {
  caption: 'Photo caption',
  credit: 'Photo credit',
  byline: 'Byline',
  teaser: 'Teaser',
  notice: 'Page notice',
} as const;

/** "Why a person: title +3 · given-name +2 (settled by titled-person)": the rules that voted for the type, strongest first. */
function whyType(e: Entity): string {
  const cues = e.evidence.cues.filter((c) => c.type === e.type).slice(0, 5);
  const votes = cues.map((c) => `\`${c.rule}\` +${c.weight}${c.count > 1 ? ` ×${c.count}` : ''}`).join(' · ');
  return `*Why ${ARTICLE[e.type]}:* ${votes ? `${votes} ` : ''}(settled by \`${e.evidence.decidedBy}\`)`;
}

/** Hover on a mention: type, canonical name, aliases, mentions and quotes; on a quote: who said it. */
export class MarkupHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: MarkupStore,
    private readonly log: Log,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    return this.log.guardAsync('hover', undefined, async () => {
      const markup = (await this.store.ready(document)).markup;
      if (!markup) return undefined;
      const offset = document.offsetAt(position);
      const hit = entityAt(markup, offset);
      if (hit) {
        const e = hit.entity;
        const quotes = quotesOf(markup, e.id).length;
        const reported = reportedOf(markup, e.id).length;
        const md = new vscode.MarkdownString(undefined, true);
        md.appendMarkdown(`**${TYPE_LABEL[e.type]}** · ${escapeMarkdown(e.name)}${e.credit ? ' · credit (photo/byline)' : ''}\n\n`);
        if (e.credit) md.appendMarkdown(`${CREDIT_NOTE}\n\n`);
        if (e.corrected?.length) md.appendMarkdown(`$(edit) *Corrected by you* (${e.corrected.join(', ')}; see the Corrections view)\n\n`);
        if (e.aliases.length) md.appendMarkdown(`Also: ${e.aliases.map(escapeMarkdown).join(', ')}\n\n`);
        md.appendMarkdown(`${plural(e.mentions.length, 'mention')} · ${plural(quotes, 'quote')}`);
        if (reported) md.appendMarkdown(` · ${reported} reported speech`);
        if (hit.mention && hit.mention.kind !== 'name')
          md.appendMarkdown(`\n\n*${hit.mention.kind}* "${escapeMarkdown(hit.mention.text)}"`);
        md.appendMarkdown(`\n\n${whyType(e)}`);
        return new vscode.Hover(md, toRange(document, hit.span));
      }
      const q = quoteAt(markup, offset);
      if (q) {
        const quote = q.quote;
        const list = q.reported ? markup.reported : markup.quotes;
        const md = new vscode.MarkdownString(undefined, true);
        md.appendMarkdown(`**${q.reported ? 'Reported speech' : 'Quote'}** ${list.indexOf(quote) + 1} of ${list.length}`);
        const speaker = entityById(markup, quote.speaker);
        md.appendMarkdown(` · ${speaker ? escapeMarkdown(speaker.name) : '*no speaker found*'}`);
        const details: string[] = [];
        if (quote.speakerMention) details.push(`speaker mention "${escapeMarkdown(quote.speakerMention.text)}"`);
        if (quote.cue) details.push(`cue "${escapeMarkdown(quote.cue.text)}"`);
        if (details.length) md.appendMarkdown(`\n\n${details.join(' · ')}`);
        if (quote.why) md.appendMarkdown(`\n\n*Why:* ${escapeMarkdown(quote.why)}`);
        if (quote.rule?.startsWith('user-correction')) md.appendMarkdown('\n\n$(edit) *Corrected by you* (see the Corrections view)');
        return new vscode.Hover(md, toRange(document, quote));
      }
      const piece = furnitureAt(markup, offset);
      if (piece) {
        const md = new vscode.MarkdownString();
        md.appendMarkdown(`**${FURNITURE_LABEL[piece.kind]}** · not part of the story (\`${piece.rule}\`)`);
        return new vscode.Hover(md, toRange(document, piece));
      }
      return undefined;
    });
  }
}
