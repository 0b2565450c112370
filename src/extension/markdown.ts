/**
 * Markdown-escapes a name or a phrase for a hover or a tooltip. Whitespace runs become one space (a line
 * break inside a mention would otherwise end a paragraph or the bold around it); unlike
 * MarkdownString.appendText, spaces are not turned into &nbsp;.
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
