/**
 * The anchor helper against cases from github-slugger's fixtures (test/fixtures.json of
 * Flet/github-slugger, which records what GitHub renders), and the link reader against a table.
 */
import { githubAnchors, markdownLinks } from '../helpers/github-anchors';

const anchorsOf = (headings: string[]): string[] => [...githubAnchors(headings.map((h) => `## ${h}\n`).join('\n')).keys()];

test('anchors follow github-slugger: punctuation removed, spaces to dashes, duplicates numbered', () => {
  expect(
    anchorsOf([
      'heading with a - dash',
      'heading with an _ underscore',
      'heading with a period.txt',
      'exchange.bind_headers(exchange, routing [, bindCallback])',
    ]),
  ).toEqual(['heading-with-a---dash', 'heading-with-an-_-underscore', 'heading-with-a-periodtxt', 'exchangebind_headersexchange-routing--bindcallback']);
  expect(anchorsOf(['echo', 'echo', 'echo 1', 'echo-1', 'echo'])).toEqual(['echo', 'echo-1', 'echo-1-1', 'echo-1-2', 'echo-2']);
  expect(anchorsOf(['foxtrot-1', 'foxtrot', 'foxtrot'])).toEqual(['foxtrot-1', 'foxtrot', 'foxtrot-2']);
  expect(anchorsOf(['Привет non-latin 你好', 'en–dash', 'I ♥ unicode'])).toEqual(['привет-non-latin-你好', 'endash', 'i--unicode']);
});

test('a heading is slugged by the text a reader sees: a code span without its backticks', () => {
  expect(anchorsOf(['Protocol hygiene and `strict`', 'compose/image-latest-tag', 'Loading (core)'])).toEqual([
    'protocol-hygiene-and-strict',
    'composeimage-latest-tag',
    'loading-core',
  ]);
});

test('links are read in tables, lists and paragraphs', () => {
  const md = ['| a | b |', '| --- | --- |', '| [`x/y`](https://e.example/d.md#xy) | z |', '', '- [one](#one)', '', 'see [two](#two)'].join('\n');
  expect(markdownLinks(md)).toEqual([
    { href: 'https://e.example/d.md#xy', text: 'x/y' },
    { href: '#one', text: 'one' },
    { href: '#two', text: 'two' },
  ]);
});
