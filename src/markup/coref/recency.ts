/**
 * The entities in view as a rule walks the article: every mention (names, and the roles and
 * pronouns tied so far) moves its entity to the front. A short list, so each lookup is cheap
 * whatever the article's length.
 */
import type { Mention } from '../types';
import type { CorefContext, MentionEvent } from './context';

export interface InView {
  id: string;
  /** Sentence of the latest mention. */
  sentence: number;
  /** Token index of the latest mention. */
  at: number;
}

export class Recency {
  readonly view: InView[] = [];
  private readonly events: Generator<MentionEvent>;
  private pending: MentionEvent | undefined;

  constructor(
    private readonly ctx: CorefContext,
    private readonly size: number,
    private readonly keep: (id: string, mention: Mention) => boolean = () => true,
  ) {
    this.events = ctx.mentionsInOrder();
    this.pending = this.events.next().value ?? undefined;
  }

  /** Brings the view up to token i (the mentions that start before it), calling `each` on every one of them kept. */
  advance(i: number, each?: (e: MentionEvent) => void): void {
    for (; this.pending && this.pending.at < i; this.pending = this.events.next().value ?? undefined) {
      const e = this.pending;
      if (!this.keep(e.id, e.mention)) continue;
      this.see(e.id, e.at);
      each?.(e);
    }
  }

  see(id: string, at: number): void {
    const k = this.view.findIndex((s) => s.id === id);
    if (k >= 0) this.view.splice(k, 1);
    this.view.unshift({ id, at, sentence: this.ctx.tokens[at].sentence });
    if (this.view.length > this.size) this.view.pop();
  }
}
