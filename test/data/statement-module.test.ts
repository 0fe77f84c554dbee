// SPDX-License-Identifier: MIT
import { expect } from '@open-wc/testing';
import {
  breakdownOf,
  bodyParagraphs,
  figureGroups,
  figuresOf,
  findFigure,
  findParagraph,
  findQuote,
  recognitionsOf,
  sentences,
  sourceSentence,
  statement,
} from '../../src/data/statement.js';

describe('As a widget author, the typed statement module answers the questions widgets ask', () => {
  it('finds a body paragraph by number or by id: findParagraph("5") and findParagraph("p5") are the same', () => {
    const byNumber = findParagraph('5');
    expect(byNumber).to.exist;
    expect(byNumber).to.equal(findParagraph('p5'));
    expect(findParagraph(5)).to.equal(byNumber);
    expect(byNumber!.number).to.equal(5);
    expect(byNumber!.text).to.match(/^According to the UN General Assembly Resolution 96 \(I\)/);
  });

  it('finds the other blocks by id, and nothing for an unknown reference', () => {
    expect(findParagraph('addressees')?.kind).to.equal('addressees');
    expect(findParagraph('13')).to.equal(undefined);
    expect(findParagraph('p13')).to.equal(undefined);
  });

  it('has the twelve body paragraphs in order', () => {
    expect(bodyParagraphs.map((p) => p.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(bodyParagraphs.map((p) => p.id)).to.deep.equal(bodyParagraphs.map((p) => `p${p.number}`));
  });

  it('figuresOf("khojaly-1992") starts with the 613 killed', () => {
    const [first] = figuresOf('khojaly-1992');
    expect(first?.id).to.equal('killed');
    expect(first?.value).to.equal(613);
  });

  it('lists the figure groups in order of appearance', () => {
    expect(figureGroups).to.deep.equal(['khojaly-1992', '2020', 'recognition', 'years']);
  });

  it('breaks the 613 killed down into 63 children, 106 women and 70 elderly people', () => {
    const killed = findFigure('killed');
    expect(killed).to.exist;
    expect(breakdownOf(killed!).map((f) => [f.value, f.label])).to.deep.equal([
      [63, 'children'],
      [106, 'women'],
      [70, 'elderly people'],
    ]);
  });

  it('cites the whole sentence for the 63 children', () => {
    const children = findFigure('killed-children');
    expect(children).to.exist;
    expect(sourceSentence(children!.source)).to.equal(
      'As a result of this horrific crime against humanity, 613 peaceful civilians of Azerbaijan, including 63 children, 106 women and 70 elderly people were murdered.',
    );
  });

  it('falls back to the phrase itself when the cited paragraph is unknown', () => {
    expect(sourceSentence({ paragraph: 'p99', phrase: 'some words' })).to.equal('some words');
  });

  it('splits sentences at a closing quote but not inside a quoted exclamation', () => {
    expect(sentences('It said “Stop!” Then it ended. “Justice for Khojaly!” initiated nothing.')).to.deep.equal([
      'It said “Stop!”',
      'Then it ended.',
      '“Justice for Khojaly!” initiated nothing.',
    ]);
  });

  it('finds quotes and recognitions', () => {
    expect(findQuote('casualties')?.source.paragraph).to.equal('p2');
    expect(recognitionsOf()).to.have.length(statement.recognitions.length);
    const genocide = recognitionsOf('genocide');
    const massacre = recognitionsOf('massacre');
    expect(genocide.length + massacre.length).to.equal(statement.recognitions.length);
    expect(genocide.every((r) => r.kind === 'genocide')).to.equal(true);
  });
});
