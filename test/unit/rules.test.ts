/**
 * Rule fixtures (test/rules/*.article): for every rule, cases where it must fire and cases where it
 * must not, each with inline marks of what the markup must be. Format: see test/rules/README.md.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Markup } from '../../src/markup';
import { BUSINESS_CUES, compileCue, NAME_CONTEXT_CUES, TEAM_CUES, type ContextCue } from '../../src/markup/lexicon/contextCues';
import { parseCorrections, type Corrections } from '../../src/markup/corrections';
import { ALL_RULES } from '../../src/markup/rules';
import { assertSpansValid } from './helpers';

interface Mark {
  start: number;
  end: number;
  text: string;
  label: string;
  value: string | null;
}

interface Case {
  file: string;
  line: number;
  kind: 'fires' | 'never';
  rules: string[];
  title: string;
  text: string;
  marks: Mark[];
  /** From a `corrections: {json}` line right under the header: the reader's corrections the case is analysed with. */
  corrections?: Corrections;
}

const RULES_DIR = join(__dirname, '..', 'rules');
const MARK = /\{\{([^{}|]+)\|([a-z]+)(?:=([^{}]*))?\}\}/g;

/** The case's text with its marks taken out, and the marks at their offsets in that text. */
function unmark(body: string): { text: string; marks: Mark[] } {
  const marks: Mark[] = [];
  let text = '';
  let at = 0;
  for (const m of body.matchAll(MARK)) {
    text += body.slice(at, m.index);
    marks.push({ start: text.length, end: text.length + m[1].length, text: m[1], label: m[2], value: m[3] ?? null });
    text += m[1];
    at = m.index! + m[0].length;
  }
  return { text: text + body.slice(at), marks };
}

/** A `corrections: {"names": […], "quotes": […]}` line opening a case's body, taken out of it. */
function readCorrectionsLine(body: string[], where: string): Corrections | undefined {
  const first = body.findIndex((l) => l.trim());
  if (first < 0 || !body[first].startsWith('corrections: ')) return undefined;
  const { corrections, problems } = parseCorrections(JSON.stringify({ version: 1, ...JSON.parse(body[first].slice(13)) }));
  assert.deepEqual(problems, [], `${where}: the corrections line`);
  body.splice(first, 1);
  return corrections;
}

function readCases(): Case[] {
  const cases: Case[] = [];
  for (const file of readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.article'))
    .sort()) {
    const lines = readFileSync(join(RULES_DIR, file), 'utf8').split('\n');
    let current: { header: string; line: number; body: string[] } | null = null;
    const flush = () => {
      if (!current) return;
      const header = /^## (fires|never) ([a-z0-9-]+(?:, [a-z0-9-]+)*)(?: — (.*))?$/.exec(current.header);
      assert.ok(header, `${file}:${current.line}: a case header reads "## fires|never rule-id[, rule-id] [— what]"`);
      const corrections = readCorrectionsLine(current.body, `${file}:${current.line}`);
      const { text, marks } = unmark(current.body.join('\n').trim());
      const rules = header[2].split(', ');
      cases.push({ file, line: current.line, kind: header[1] as Case['kind'], rules, title: header[3] ?? '', text, marks, corrections });
    };
    lines.forEach((line, i) => {
      if (line.startsWith('## ')) {
        flush();
        current = { header: line, line: i + 1, body: [] };
      } else current?.body.push(line);
    });
    flush();
  }
  return cases;
}

const spansOf = (markup: Markup) => ({
  names: markup.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => ({ ...m, entity: e }))),
  quotes: markup.quotes,
  reported: markup.reported,
  speakers: [...markup.quotes, ...markup.reported].flatMap((q) => (q.speakerMention ? [q.speakerMention] : [])),
  cues: [...markup.quotes, ...markup.reported].flatMap((q) => (q.cue ? [q.cue] : [])),
});

const same = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start === b.start && a.end === b.end;

/** What the markup holds at a mark, in words, for the failure message; null when it is what the mark says. */
function checkMark(markup: Markup, mark: Mark): string | null {
  const all = spansOf(markup);
  const speakerName = (q: { speaker: string | null }) => markup.entities.find((e) => e.id === q.speaker)?.name ?? '-';
  switch (mark.label) {
    case 'person':
    case 'organization':
    case 'place': {
      const hit = all.names.find((m) => same(m, mark));
      return hit?.entity.type === mark.label ? null : hit ? `a ${hit.entity.type}` : 'no name mention there';
    }
    case 'none': {
      const hit = all.names.find((m) => m.start < mark.end && mark.start < m.end);
      return hit ? `a ${hit.entity.type} "${hit.text}"` : null;
    }
    case 'quote':
    case 'reported': {
      const hit = (mark.label === 'quote' ? all.quotes : all.reported).find((q) => same(q, mark));
      if (!hit) return `no ${mark.label} there`;
      return mark.value === null || speakerName(hit) === mark.value ? null : `the speaker is ${speakerName(hit)}`;
    }
    case 'unquoted': {
      const hit = [...all.quotes, ...all.reported].find((q) => q.start < mark.end && mark.start < q.end);
      return hit ? `a quote "${hit.text}"` : null;
    }
    case 'credit': {
      const hit = all.names.find((m) => same(m, mark));
      return hit?.entity.credit === true ? null : hit ? `a ${hit.entity.type} that is not a credit` : 'no name mention there';
    }
    case 'furniture': {
      const hit = markup.furniture.find((f) => same(f, mark));
      return hit && (mark.value === null || hit.kind === mark.value) ? null : hit ? `furniture of kind ${hit.kind}` : 'no furniture there';
    }
    case 'story': {
      const hit = markup.furniture.find((f) => f.start < mark.end && mark.start < f.end);
      return hit ? `${hit.kind} "${hit.text}"` : null;
    }
    case 'speaker':
      return all.speakers.some((s) => same(s, mark)) ? null : 'not a speaker mention';
    case 'cue':
      return all.cues.some((s) => same(s, mark)) ? null : 'not a cue';
    case 'pronoun':
    case 'descriptor': {
      const linked = markup.entities.flatMap((e) => e.mentions.filter((m) => m.kind !== 'name').map((m) => ({ ...m, entity: e })));
      if (mark.value === '-') {
        const hit = linked.find((m) => m.start < mark.end && mark.start < m.end);
        return hit ? `a ${hit.kind} of ${hit.entity.name}` : null;
      }
      const hit = linked.find((m) => same(m, mark));
      if (!hit) return `no ${mark.label} mention there`;
      if (hit.kind !== mark.label) return `a ${hit.kind} mention`;
      return mark.value === null || hit.entity.name === mark.value ? null : `a mention of ${hit.entity.name}`;
    }
    default:
      return `unknown label ${mark.label}`;
  }
}

const cases = readCases();
const FIXTURE_FAMILIES = new Set(['frame', 'growth', 'boundary', 'vote', 'document', 'type', 'attribution', 'coref', 'correction']);

describe('rule fixtures (test/rules)', () => {
  for (const c of cases) {
    it(`${c.file}:${c.line} ${c.kind} ${c.rules.join(', ')}${c.title ? ` — ${c.title}` : ''}`, () => {
      assert.ok(c.marks.length > 0, 'a case marks at least one span');
      const markup = analyze(c.text, { trace: true, corrections: c.corrections });
      assertSpansValid(c.text, markup);
      const fired = new Set(markup.trace!.map((f) => f.rule));
      for (const rule of c.rules) {
        assert.ok(
          ALL_RULES.some((r) => r.id === rule),
          `${rule} is a rule id`,
        );
        if (c.kind === 'fires') assert.ok(fired.has(rule), `${rule} fires (fired: ${[...fired].join(', ')})`);
        else assert.ok(!fired.has(rule), `${rule} does not fire`);
      }
      for (const mark of c.marks) {
        const wrong = checkMark(markup, mark);
        assert.equal(wrong, null, `{{${mark.text}|${mark.label}${mark.value !== null ? `=${mark.value}` : ''}}}: ${wrong}`);
      }
    });
  }

  it('every rule has a case where it fires and a case where it must not', () => {
    const missing: string[] = [];
    for (const rule of ALL_RULES.filter((r) => FIXTURE_FAMILIES.has(r.family))) {
      for (const kind of ['fires', 'never'] as const) {
        if (!cases.some((c) => c.kind === kind && c.rules.includes(rule.id))) missing.push(`${kind} ${rule.id}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('every rule id is unique, with a description', () => {
    const ids = ALL_RULES.map((r) => r.id);
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
    );
    for (const r of ALL_RULES) assert.ok(r.description.length > 10, `${r.id} has a description`);
  });
});

describe('context cues match their own examples', () => {
  const cues: ContextCue[] = [...NAME_CONTEXT_CUES, ...BUSINESS_CUES, ...Object.values(TEAM_CUES)];
  for (const cue of cues) {
    it(`${cue.id}: ${cue.example}`, () => {
      const example = /^(.*)\[([^\]]+)\](.*)$/s.exec(cue.example);
      assert.ok(example, 'the example brackets the name');
      const context = cue.side === 'after' ? example[3] : example[1];
      assert.ok(compileCue(cue).test(context), `${cue.side} "${context}"`);
    });
  }
});
