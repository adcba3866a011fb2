// Prints the text of a PDF as JSON: per page its size and each piece of text with its box, in
// points from the top left. Run as its own process: pdfjs-dist is an ES module, the e2e suite
// CommonJS.
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * CJK fonts map some glyphs to radicals (⽼ for 老, ⻚ for 页): read as the characters they
 * stand for. The Kangxi radicals decompose by NFKC (only those: NFKC everywhere would turn （
 * into (); the simplified forms of the supplement do not, and are listed.
 */
const SUPPLEMENT = Object.fromEntries(
  [
    ...'⻉贝⻋车⻓长⻔门⻘青⻚页⻛风⻜飞⻝食⻢马⻥鱼⻦鸟⻩黄⻬齐⻰龙⻅见⻙韦'.matchAll(/(.)(.)/gu),
  ].map((m) => [m[1], m[2]]),
);
const readable = (text) =>
  text.replace(/[\u2e80-\u2fdf]/g, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'));

const data = new Uint8Array(await readFile(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const [, , width, height] = page.view;
  const { items } = await page.getTextContent();
  pages.push({
    width,
    height,
    items: items
      .filter((item) => 'str' in item && item.str.trim() !== '')
      .map((item) => ({
        text: readable(item.str),
        x: item.transform[4],
        y: height - item.transform[5],
        width: item.width,
      })),
  });
}
process.stdout.write(JSON.stringify(pages));
