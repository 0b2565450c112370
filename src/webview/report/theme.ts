/// <reference lib="dom" />
/**
 * The report's colours and font, read from the CSS variables VS Code sets on the webview for the current
 * theme, so the charts follow the theme the way the editor does. Canvas drawing needs concrete colours,
 * not `var(...)`, so each is resolved through the browser to rgb() and given an alpha where needed.
 */

export interface Palette {
  /** Line and bar series, in order: blue, orange, green, purple, red, yellow. */
  series: string[];
  person: string;
  organization: string;
  place: string;
  noSpeaker: string;
  foreground: string;
  muted: string;
  grid: string;
  background: string;
  fontFamily: string;
  fontSize: number;
  /** The cell colour of the co-occurrence heatmap at a share (0–1) of its largest value. */
  heat: (share: number) => string;
}

// Used only where a variable is missing (an old VS Code, a theme without chart colours).
const FALLBACK: Record<string, string> = {
  '--vscode-charts-blue': '#3794ff',
  '--vscode-charts-red': '#f14c4c',
  '--vscode-charts-green': '#89d185',
  '--vscode-charts-yellow': '#cca700',
  '--vscode-charts-orange': '#d18616',
  '--vscode-charts-purple': '#b180d7',
  '--vscode-foreground': '#cccccc',
  '--vscode-descriptionForeground': '#9d9d9d',
  '--vscode-editor-background': '#1f1f1f',
  '--vscode-panel-border': '#80808059',
  '--vscode-font-family': 'system-ui, sans-serif',
};

type Rgba = [number, number, number, number];

let probe: HTMLElement | undefined;

/** Any CSS colour as [r, g, b, a], through a hidden element's computed style (the browser parses it). */
function rgba(css: string): Rgba {
  if (!probe) {
    probe = document.createElement('span');
    probe.hidden = true;
    document.body.append(probe);
  }
  probe.style.color = '';
  probe.style.color = css;
  const parts =
    /rgba?\(([^)]*)\)/
      .exec(getComputedStyle(probe).color)?.[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number) ?? [];
  const [r = 128, g = 128, b = 128, a = 1] = parts;
  return [r, g, b, a];
}

const css = ([r, g, b, a]: Rgba) => `rgba(${r}, ${g}, ${b}, ${Number(a.toFixed(3))})`;
const withAlpha = (colour: Rgba, alpha: number): string => css([colour[0], colour[1], colour[2], colour[3] * alpha]);

function variable(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || FALLBACK[name] || '';
}

export function readPalette(): Palette {
  const colour = (name: string) => rgba(variable(name));
  const [blue, orange, green, purple, red, yellow] = ['blue', 'orange', 'green', 'purple', 'red', 'yellow'].map((c) =>
    colour(`--vscode-charts-${c}`),
  );
  const foreground = colour('--vscode-foreground');
  const border = colour('--vscode-panel-border');
  const fontSize = Number.parseFloat(variable('--vscode-font-size')) || 13;
  return {
    series: [blue, orange, green, purple, red, yellow].map(css),
    person: css(blue),
    organization: css(green),
    place: css(orange),
    noSpeaker: withAlpha(colour('--vscode-descriptionForeground'), 0.6),
    foreground: css(foreground),
    muted: withAlpha(foreground, 0.75),
    // A border colour can be fully transparent in some themes; the grid then falls back to a faint foreground.
    grid: border[3] > 0.05 ? css(border) : withAlpha(foreground, 0.18),
    background: css(colour('--vscode-editor-background')),
    fontFamily: variable('--vscode-font-family'),
    fontSize: Math.min(Math.max(fontSize, 11), 16),
    heat: (share) => withAlpha(blue, share <= 0 ? 0.04 : 0.18 + 0.82 * Math.min(share, 1)),
  };
}

/** The theme class VS Code puts on the body: vscode-light, vscode-dark, vscode-high-contrast(-light). */
export function themeKind(): string {
  const classes = document.body.classList;
  for (const kind of ['vscode-high-contrast-light', 'vscode-high-contrast', 'vscode-dark', 'vscode-light'])
    if (classes.contains(kind)) return kind;
  return 'unknown';
}

/**
 * Calls `onChange` once per theme change. VS Code changes the body's class when the theme's kind changes,
 * and the variables on <html> for any theme change (Dark Modern to Monokai keeps the class).
 */
export function watchTheme(onChange: () => void): MutationObserver {
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      onChange();
    });
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  return observer;
}
