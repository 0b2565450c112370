/// <reference lib="dom" />
/**
 * The report's page: one card per chart (heading, buttons, canvas, table), the speaker picker of the
 * quotes-over-time chart, and the words screen readers get for each chart. Built with DOM calls, never
 * HTML strings: speaker names come from the articles and are shown as text.
 */
import { CHART_TITLES, REPORT_LIMITS, type ChartId, type ReportData } from '../../corpus/charts';

export interface Card {
  id: ChartId;
  section: HTMLElement;
  canvasBox: HTMLElement;
  canvas: HTMLCanvasElement;
  tableBox: HTMLElement;
  tableButton: HTMLButtonElement;
  exportButton: HTMLButtonElement;
  /** Says what the last export did ("Saved …"), or why a chart could not be drawn. */
  note: HTMLElement;
  /** Only on the quotes-over-time card: the speaker picker. */
  picker?: HTMLElement;
}

export interface CardActions {
  exportCsv(id: ChartId): void;
  toggleTable(id: ChartId): void;
}

const WIDE: ReadonlySet<ChartId> = new Set(['overTime', 'coOccurrence']);

const SUBTITLES: Record<ChartId, string> = {
  speakers: `Quotes and reported speech per speaker, top ${REPORT_LIMITS.speakers}.`,
  organizations: `Articles that name each organization, top ${REPORT_LIMITS.organizations}.`,
  overTime: 'Quotes per period by the articles’ dates, for the speakers you pick.',
  coOccurrence:
    `Articles that quote both speakers, for the ${REPORT_LIMITS.coOccurrence} most quoted; ` +
    'the diagonal counts each speaker’s articles.',
  speakerTypes: 'Quotes and reported speech by who speaks.',
  gender: 'People quoted, and their quotes, by the gender the articles state.',
};

const GENDER_NOTE =
  'Gender is counted only where the copy states it (he/she, Mr/Ms, gendered titles), never guessed from first names, ' +
  'as newsroom source-diversity audits (BBC 50:50, Gender Gap Tracker) count.';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = element('button', 'action', text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export function createCard(id: ChartId, actions: CardActions): Card {
  const section = element('section', WIDE.has(id) ? 'card wide' : 'card');
  const heading = element('h2', undefined, CHART_TITLES[id]);
  heading.id = `${id}-title`;
  section.setAttribute('aria-labelledby', heading.id);
  const tableButton = button('Show as table', () => actions.toggleTable(id));
  tableButton.setAttribute('aria-pressed', 'false');
  const exportButton = button('Export CSV', () => actions.exportCsv(id));
  exportButton.title = `Save the data of “${CHART_TITLES[id]}” as a CSV file`;
  const head = element('div', 'card-head');
  const titles = element('div', 'titles');
  titles.append(heading, element('p', 'subtitle', SUBTITLES[id]));
  const buttons = element('div', 'buttons');
  buttons.append(tableButton, exportButton);
  head.append(titles, buttons);
  const canvasBox = element('div', 'canvas-box');
  const canvas = element('canvas');
  canvas.setAttribute('role', 'img');
  canvasBox.append(canvas);
  const tableBox = element('div', 'table-box');
  tableBox.hidden = true;
  const note = element('p', 'note');
  note.setAttribute('role', 'status');
  section.append(head);
  const card: Card = { id, section, canvasBox, canvas, tableBox, tableButton, exportButton, note };
  if (id === 'overTime') {
    card.picker = element('div', 'picker');
    section.append(card.picker);
  }
  section.append(canvasBox, tableBox);
  if (id === 'gender') section.append(element('p', 'footnote', GENDER_NOTE));
  section.append(note);
  return card;
}

/** Shows the card as a chart or as a table of the rows its CSV export writes. */
export function showTable(card: Card, rows: string[][] | null): void {
  card.tableButton.textContent = rows ? 'Show as chart' : 'Show as table';
  card.tableButton.setAttribute('aria-pressed', String(!!rows));
  card.canvasBox.hidden = !!rows;
  card.tableBox.hidden = !rows;
  card.tableBox.replaceChildren();
  if (!rows) return;
  const [header, ...body] = rows;
  const table = element('table');
  table.append(element('caption', 'visually-hidden', CHART_TITLES[card.id]));
  const headRow = element('tr');
  for (const cell of header) headRow.append(Object.assign(element('th', undefined, cell), { scope: 'col' }));
  const tbody = element('tbody');
  for (const row of body) {
    const tr = element('tr');
    row.forEach((cell, i) =>
      tr.append(i === 0 ? Object.assign(element('th', undefined, cell), { scope: 'row' }) : element('td', 'number', cell)),
    );
    tbody.append(tr);
  }
  const thead = element('thead');
  thead.append(headRow);
  table.append(thead, tbody);
  card.tableBox.append(table);
}

/**
 * The checkboxes of the speakers to chart over time. `onChange` gets the checked keys in the list's order,
 * or undefined for "the top speakers" (the report's default, which follows the corpus as it changes).
 */
export function renderPicker(picker: HTMLElement, data: ReportData, onChange: (keys: string[] | undefined) => void): void {
  const focusedKey = (document.activeElement as HTMLInputElement | null)?.dataset?.key;
  const previous = picker.querySelector('details');
  const details = element('details');
  details.open = previous?.open ?? false;
  const chosen = new Set(data.selectedSpeakers);
  details.append(element('summary', undefined, `Speakers shown: ${chosen.size} of ${data.speakerChoices.length}`));
  const list = element('fieldset', 'choices');
  list.append(element('legend', 'visually-hidden', 'Speakers to chart over time'));
  const boxes: HTMLInputElement[] = [];
  for (const choice of data.speakerChoices) {
    const label = element('label', 'choice');
    const box = element('input');
    box.type = 'checkbox';
    box.checked = chosen.has(choice.key);
    box.dataset.key = choice.key;
    box.addEventListener('change', () => onChange(boxes.filter((b) => b.checked).map((b) => b.dataset.key ?? '')));
    boxes.push(box);
    label.title = `${choice.name} (${choice.type}): ${choice.quotes} quotes and reported speech`;
    label.append(box, element('span', 'choice-name', choice.name), element('span', 'count', String(choice.quotes)));
    list.append(label);
  }
  const reset = button(`Top ${REPORT_LIMITS.defaultSelection}`, () => onChange(undefined));
  reset.title = `Chart the ${REPORT_LIMITS.defaultSelection} most quoted speakers`;
  const clear = button('None', () => onChange([]));
  const row = element('div', 'picker-buttons');
  row.append(reset, clear);
  details.append(row, list);
  picker.replaceChildren(details);
  boxes.find((b) => b.dataset.key === focusedKey)?.focus();
}

const listed = (items: string[], max = 5) =>
  items.slice(0, max).join('; ') + (items.length > max ? `; and ${items.length - max} more` : '');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** What a screen reader says for a chart: its kind and its leading values. */
export function describe(id: ChartId, data: ReportData): string {
  switch (id) {
    case 'speakers': {
      const rows = data.speakers.map((s) => `${s.name}, ${plural(s.quotes, 'quote')} and ${s.reported} reported`);
      return `Bar chart of the most quoted speakers: ${listed(rows)}.`;
    }
    case 'organizations': {
      const rows = data.organizations.map((o) => `${o.name}, ${plural(o.articles, 'article')}`);
      return `Bar chart of the organizations named in the most articles: ${listed(rows)}.`;
    }
    case 'overTime': {
      const { by, periods, series } = data.overTime;
      const range = periods.length ? ` from ${periods[0]} to ${periods[periods.length - 1]}` : '';
      const totals = series.map((s) => `${s.name}, ${plural(sum(s.counts), 'quote')}`);
      return `Line chart of quotes per ${by}${range}: ${totals.length ? listed(totals) : 'no speaker selected'}.`;
    }
    case 'coOccurrence': {
      const n = data.coOccurrence.speakers.length;
      return `Heatmap of how many articles quote each pair of the ${n} most quoted speakers. Show it as a table to read every cell.`;
    }
    case 'speakerTypes': {
      const rows = data.speakerTypes.map((t) => `${t.type === 'none' ? 'no speaker' : t.type} ${t.quotes}`);
      return `Doughnut chart of quotes by speaker type: ${rows.join(', ')}.`;
    }
    case 'gender': {
      const rows = data.gender.map((g) => `${g.gender}, ${plural(g.people, 'person', 'people')} and ${plural(g.quotes, 'quote')}`);
      return `Bar chart of quoted people by stated gender: ${rows.join('; ')}.`;
    }
  }
}
