import type { Entity, Markup, Quote } from '../markup';

const MAX_QUOTE = 70;

/** Control characters shown as \uXXXX: article text must not drive the terminal (escape sequences). */
export const visibleControls = (s: string, keep = '') =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (keep.includes(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

function clip(text: string, max = MAX_QUOTE): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function entityLine(e: Entity): string {
  const names = e.mentions.filter((m) => m.kind === 'name').length;
  const others = e.mentions.length - names;
  const aliases = e.aliases.length ? ` (${e.aliases.join(', ')})` : '';
  return `${e.name}${aliases} ×${names}${others ? ` (+${others} by role or pronoun)` : ''}`;
}

function attributionOf(q: Quote): string {
  const parts = [q.speakerMention?.text, q.cue?.text].filter(Boolean);
  return parts.length ? ` — ${parts.join(' ')}` : '';
}

/** The readable per-file report of `news-markup analyze FILE`. */
export function formatSummary(name: string, markup: Markup): string {
  const lines: string[] = [];
  const byType = (type: Entity['type']) => markup.entities.filter((e) => e.type === type && !e.credit);
  const unattributed = markup.quotes.filter((q) => !q.speaker).length;
  lines.push(name);
  const dateline = markup.dateline ? `  dateline: ${markup.dateline.span.text}` : '';
  const date = markup.header.date ? `  date: ${markup.header.date.text}` : '';
  if (date || dateline) lines.push(`${date}${dateline}`.replace(/^ {2}/, '  '));
  const counts = [
    `${markup.paragraphs.length} paragraphs`,
    `${markup.quotes.length} quotes (${unattributed} unattributed)`,
    `${markup.reported.length} reported`,
    `${markup.speakers.length} speakers`,
    `${markup.entities.length} entities`,
  ];
  lines.push(`  ${counts.join(' · ')}`);
  for (const notice of markup.notices) lines.push(`  note: ${notice}`);
  if (markup.speakers.length) {
    lines.push('  Speakers');
    for (const s of markup.speakers) {
      const reported = s.reportedCount ? `, ${s.reportedCount} reported` : '';
      lines.push(`    ${s.name} (${s.type}) — ${s.quoteCount} quote${s.quoteCount === 1 ? '' : 's'}${reported}`);
      for (const q of [...markup.quotes, ...markup.reported].filter((x) => x.speaker === s.entityId).sort((a, b) => a.start - b.start)) {
        lines.push(`      ${clip(q.text)}${attributionOf(q)}`);
      }
    }
  }
  const unattributedQuotes = markup.quotes.filter((q) => !q.speaker);
  if (unattributedQuotes.length) {
    lines.push('  Quotes without a known speaker');
    for (const q of unattributedQuotes) lines.push(`      ${clip(q.text)}${attributionOf(q)}`);
  }
  for (const [title, type] of [
    ['Organizations', 'organization'],
    ['People', 'person'],
    ['Places', 'place'],
  ] as const) {
    const list = byType(type);
    if (list.length) lines.push(`  ${title} (${list.length}): ${list.map(entityLine).join('; ')}`);
  }
  // Named only in bylines, photo credits and teasers: not the story's people.
  const credits = markup.entities.filter((e) => e.credit);
  if (credits.length) lines.push(`  Credits (${credits.length}): ${credits.map((e) => `${e.name} (${e.type})`).join('; ')}`);
  return visibleControls(lines.join('\n'), '\n');
}
