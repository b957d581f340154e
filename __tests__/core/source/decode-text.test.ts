import { decodeText } from '../../../src/core/source/decode-text';
import { utf16be, utf16le } from '../../helpers/utf16';

const TEXT = 'A=1\r\nNAME=café €5 😀\n';

test.each([
  ['UTF-8', Buffer.from(TEXT)],
  ['UTF-8 with a byte-order mark (dropped)', Buffer.from(`\uFEFF${TEXT}`)],
  ['UTF-16LE with a byte-order mark', utf16le(TEXT)],
  ['UTF-16BE with a byte-order mark', utf16be(TEXT)],
  ['UTF-16LE cut after an odd byte', Buffer.concat([utf16le(TEXT), Buffer.from([0x41])])],
])('%s decodes to the same text', (_name, bytes) => {
  expect(decodeText(bytes)).toBe(TEXT);
});

test('a NUL byte without a UTF-16 byte-order mark is binary', () => {
  expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBeUndefined();
  // UTF-16 without a byte-order mark cannot be told from binary: skipped, as git does.
  expect(decodeText(Buffer.from('A=1\n', 'utf16le'))).toBeUndefined();
});

test('a NUL byte past the first 8000 bytes does not make a file binary', () => {
  expect(decodeText(Buffer.concat([Buffer.from('x'.repeat(8000)), Buffer.from([0])]))).toBe(`${'x'.repeat(8000)}\u0000`);
});
