import * as assert from 'assert';
import * as vscode from 'vscode';
import type { EntityNode, GroupNode, TreeNode } from '../../../src/extension/entityTrees';
import { api, closeAllEditors, openArticle, workspaceUri } from './markupHelpers';

// ferry-fares.article: a byline ("By Ana Ruiz"), a photo caption credited "REUTERS/Tom Hale", and
// "(Reporting by Ana Ruiz; Editing by Mark Tannen)"; Nora Lindqvist is the story's one speaker.
const ARTICLE = 'ferry-fares.article';
const CREDITS = ['Ana Ruiz', 'Mark Tannen', 'Tom Hale'];

const entityNames = (nodes: TreeNode[]) => nodes.filter((n): n is EntityNode => n.kind === 'entity').map((n) => n.entity.name);
const groupOf = (nodes: TreeNode[]) => nodes.find((n): n is GroupNode => n.kind === 'group');

suite('News Markup: credits (bylines and photo credits)', () => {
  teardown(closeAllEditors);

  test('People lists the story’s people; the photographer and reporters only under a collapsed "Credits" item', async () => {
    await openArticle(ARTICLE);
    const a = await api();
    const provider = a.trees.person;
    const roots = provider.getChildren();
    const people = entityNames(roots);
    assert.deepStrictEqual(people, ['Nora Lindqvist']);
    for (const name of CREDITS) assert.ok(!people.includes(name), `${name} is not among the story's people`);
    const group = groupOf(roots);
    assert.ok(group, 'a Credits item');
    assert.strictEqual(roots[roots.length - 1], group, 'after the story’s people');
    const item = provider.getTreeItem(group);
    assert.strictEqual(item.label, 'Credits');
    assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.strictEqual(item.description, '3');
    const credited = provider.getChildren(group);
    assert.deepStrictEqual(entityNames(credited).sort(), CREDITS);
    assert.strictEqual(provider.getParent(credited[0]), group);
    assert.deepStrictEqual(entityNames(a.trees.speakers.getChildren()), ['Nora Lindqvist'], 'no credit among the speakers');
    // The agency is named in the dateline too: a story organization, and no Credits item there.
    const organizations = a.trees.organization.getChildren();
    assert.deepStrictEqual(entityNames(organizations), ['Reuters']);
    assert.strictEqual(groupOf(organizations), undefined);
  });

  test('the hover on a credited name says "credit (photo/byline)"; the story’s person has no such line', async () => {
    const editor = await openArticle(ARTICLE);
    const text = editor.document.getText();
    const hover = async (offset: number) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        editor.document.uri,
        editor.document.positionAt(offset),
      );
      return hovers
        .flatMap((h) => h.contents)
        .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
        .join('\n');
    };
    const photographer = await hover(text.indexOf('Tom Hale') + 2);
    assert.match(photographer, /Tom Hale/);
    assert.match(photographer, /credit \(photo\/byline\)/);
    const speaker = await hover(text.indexOf('Nora Lindqvist') + 2);
    assert.match(speaker, /Nora Lindqvist/);
    assert.doesNotMatch(speaker, /credit/);
  });

  test('Export Markup as JSON flags the credited entities and lists the furniture', async () => {
    await openArticle(ARTICLE);
    const target = workspaceUri('out', 'ferry-fares.markup.json');
    await vscode.commands.executeCommand<vscode.Uri>('newsMarkup.exportMarkupAsJson', undefined, target);
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    const credited = (json.entities as { name: string; credit?: boolean }[]).filter((e) => e.credit).map((e) => e.name);
    assert.deepStrictEqual(credited.sort(), CREDITS);
    assert.strictEqual(json.entities.find((e: { name: string }) => e.name === 'Nora Lindqvist').credit, undefined);
    assert.deepStrictEqual(
      (json.furniture as { kind: string }[]).map((f) => f.kind),
      ['byline', 'caption', 'credit', 'byline'],
    );
  });
});
