// The Article grammar (syntaxes/article.tmLanguage.json), tokenized by the vscode-textmate and
// vscode-oniguruma that ship inside the running VS Code (loaded from vscode.env.appRoot), so the
// regular expressions are checked by the same engine and versions the editor uses.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

interface Token {
  c: string; // text
  t: string; // scopes, space separated, outermost first (without the root text.article)
}

type Tokenize = (content: string) => Token[];
let tokenizer: Promise<Tokenize> | undefined;

async function loadTokenizer(): Promise<Tokenize> {
  const modules = path.join(vscode.env.appRoot, 'node_modules');
  const tm = require(path.join(modules, 'vscode-textmate'));
  const onig = require(path.join(modules, 'vscode-oniguruma'));
  const wasm = fs.readFileSync(path.join(modules, 'vscode-oniguruma', 'release', 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const extension = vscode.extensions.getExtension('news-markup.news-markup');
  assert.ok(extension, 'the extension is loaded');
  const grammars: { language: string; scopeName: string; path: string }[] = extension.packageJSON.contributes.grammars;
  const entry = grammars.find((g) => g.language === 'article');
  assert.ok(entry, 'package.json contributes a grammar for the article language');
  const grammarPath = path.join(extension.extensionPath, entry.path);
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === entry.scopeName ? tm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar(entry.scopeName);
  assert.ok(grammar, 'the grammar loads');
  return (content) => {
    const out: Token[] = [];
    let state = tm.INITIAL;
    for (const line of content.split('\n')) {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      for (const token of r.tokens as { startIndex: number; endIndex: number; scopes: string[] }[]) {
        out.push({ c: line.slice(token.startIndex, token.endIndex), t: token.scopes.slice(1).join(' ') });
      }
    }
    return out;
  };
}

async function tokens(content: string): Promise<Token[]> {
  tokenizer ??= loadTokenizer();
  return (await tokenizer)(content);
}

/** The scopes of the token covering `text` (which must start a token). */
function scopesOf(all: Token[], text: string): string {
  const hit = all.find((t) => t.c === text) ?? all.find((t) => t.c.startsWith(text));
  assert.ok(hit, `a token for ${JSON.stringify(text)} in ${JSON.stringify(all.map((t) => t.c))}`);
  return hit.t;
}

/** Every token whose text contains `text`. */
function scopesContaining(all: Token[], text: string): string[] {
  return all.filter((t) => t.c.includes(text)).map((t) => t.t);
}

suite('Article grammar', () => {
  test('the article language is registered', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('article'));
    const document = await vscode.workspace.openTextDocument({ language: 'article', content: 'x' });
    assert.strictEqual(document.languageId, 'article');
  });

  test('header fields and a dateline after the date on the same line (corpus export)', async () => {
    const t = await tokens(' date 2022-12-09 MOSCOW, December 9. /TASS/. The talks went on.\n');
    assert.match(scopesOf(t, 'date'), /keyword\.other\.header-key\.article/);
    assert.match(scopesOf(t, '2022-12-09'), /constant\.numeric\.date\.article/);
    assert.match(scopesOf(t, 'MOSCOW'), /meta\.dateline\.article entity\.name\.section\.place\.article/);
    assert.match(scopesOf(t, 'December 9'), /constant\.other\.date\.article/);
    assert.match(scopesOf(t, '/TASS/'), /entity\.name\.tag\.agency\.article/);
    assert.doesNotMatch(scopesOf(t, ' The talks'), /meta\.header|string/);
  });

  test('key: value header lines and a Reuters dateline', async () => {
    const t = await tokens('title: Talks resume\nsource: Reuters\n\nBERLIN, March 3 (Reuters) - Talks resumed.\n');
    assert.match(scopesOf(t, 'title'), /keyword\.other\.header-key\.article/);
    assert.match(scopesOf(t, 'Talks resume'), /string\.unquoted\.header-value\.article/);
    assert.match(scopesOf(t, 'BERLIN'), /entity\.name\.section\.place\.article/);
    assert.match(scopesOf(t, 'March 3'), /constant\.other\.date\.article/);
    assert.match(scopesOf(t, 'Reuters'), /meta\.header/); // the header value
    assert.ok(
      scopesContaining(t, 'Reuters').some((s) => /entity\.name\.tag\.agency\.article/.test(s)),
      'the agency in the dateline',
    );
  });

  test('quotes: straight, curly, guillemets, low-high, nested single; editorial insertions', async () => {
    const t = await tokens(
      [
        '"We will stay," Albrecht said.',
        '“The question is ‘when?’ and the UNHCR [refugee agency] knows it,” she said.',
        'Banners read «Pas de paysans» and „Wir sind da“.',
        'The CSTO’s [Collective Security Treaty Organization] forces.',
      ].join('\n'),
    );
    assert.match(scopesOf(t, 'We will stay,'), /string\.quoted\.double\.article/);
    assert.match(scopesOf(t, 'The question is '), /string\.quoted\.double\.article/);
    assert.match(scopesOf(t, 'when?'), /string\.quoted\.double\.article string\.quoted\.single\.article/);
    assert.match(
      scopesOf(t, 'refugee agency'),
      /string\.quoted\.double\.article meta\.insertion\.article comment\.block\.editorial\.article/,
    );
    assert.match(scopesOf(t, 'Pas de paysans'), /string\.quoted\.other\.guillemets\.article/);
    assert.match(scopesOf(t, 'Wir sind da'), /string\.quoted\.other\.low-high\.article/);
    assert.match(scopesOf(t, 'Collective Security Treaty Organization'), /meta\.insertion\.article/);
    assert.doesNotMatch(scopesOf(t, ' Albrecht said.'), /string/);
  });

  test("apostrophes never open a quote: don't, CSTO’s, '90s, ’90s, leaders’", async () => {
    const t = await tokens(
      [
        "He said don't worry about the CSTO’s plans, the '90s or the ’90s, or the leaders’ plan.",
        '"It\'s the \'90s again, and ‘90s kids don’t care," she said after the leaders’ talks.',
      ].join('\n'),
    );
    for (const token of t) {
      if (token.c.includes('He said') || token.c.includes('she said')) assert.doesNotMatch(token.t, /string/, JSON.stringify(token));
    }
    assert.ok(!t.some((x) => /string\.quoted\.single/.test(x.t)), 'no single-quoted string anywhere');
    assert.match(scopesOf(t, "It's the '90s again, and ‘90s kids don’t care,"), /string\.quoted\.double\.article/);
  });
});
