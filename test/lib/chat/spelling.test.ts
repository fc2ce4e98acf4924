// Words as customers type them: one slip inside a long word the chat knows, German umlauts
// written out, French elisions without their apostrophe, a possessive without its apostrophe. Each
// is tried on the real content in sentences of its own, and on real words that sit one letter from
// a known one and must stay what they are.
import { beforeAll, describe, expect, test } from 'vitest';

import { readerFor } from '@/lib/chat/reader';
import { correctWords, type Lexicon } from '@/lib/chat/spelling';
import { readWords } from '@/lib/vocabulary/normalise';
import type { Facts } from '@/lib/vocabulary/facts';

import { loadChatReader, type ChatReader } from '../../support/chat';

let chat: ChatReader;
let lexicon: Lexicon;

beforeAll(async () => {
  chat = await loadChatReader();
  lexicon = readerFor(chat.library.understanding, chat.library.isps).lexicon;
}, 60_000);

const corrected = (text: string, language?: 'de' | 'fr') =>
  correctWords(readWords(text), lexicon, language)
    .map((w) => w.text)
    .join(' ');

describe('a slip inside a long known word is read as that word', () => {
  test.for([
    // a letter dropped, doubled, a neighbouring key, two letters swapped
    { text: 'thunderbrid says the conection timed out', facts: { client: 'thunderbird', symptom: 'timeout' } },
    { text: 'outlok keeps asking and then it stoped sending', facts: { client: 'outlook-classic' } },
    { text: 'my potsfix box cannot reach gmail on port 25', facts: { server: 'postfix', port: '25' } },
    { text: 'sending fails with STRATTLS on 587', facts: { tls: 'starttls', port: '587' } },
  ] satisfies Array<{ text: string; facts: Facts }>)('"$text"', ({ text, facts }) => {
    expect(chat.read(text).facts).toMatchObject(facts);
  });

  test('the same sentences spelt right read the same facts', () => {
    expect(chat.read('thunderbird says the connection timed out').facts).toEqual(
      chat.read('thunderbrid says the conection timed out').facts,
    );
    expect(chat.read('my postfix box cannot reach gmail on port 25').facts).toEqual(
      chat.read('my potsfix box cannot reach gmail on port 25').facts,
    );
  });
});

describe('real words one letter from a known word stay what they are', () => {
  test.for([
    // a different first or last letter is another word or another form of the same
    'entry',
    'socket',
    'panel',
    'either',
    'provided',
    'requests',
    // a letter that is no neighbouring key, in a word of its own
    'prints',
    'manche',
    'derriere',
    // short words: too many neighbours to guess
    'weder',
    'cause',
  ])('%s', (word) => {
    expect(corrected(`the ${word} here`)).toBe(`the ${word} here`);
  });

  test('a word the chat knows is never changed, nor a word with digits or dots', () => {
    expect(corrected('postfix sends via smtp.gmail.com on 587')).toBe('postfix sends via smtp.gmail.com on 587');
  });
});

describe('German umlauts written out', () => {
  test('read as the word with the umlaut, in German', () => {
    expect(chat.read('thunderbird meldet eine zeitueberschreitung beim senden').facts).toMatchObject({
      symptom: 'timeout',
    });
    expect(corrected('mails kommen zurueck', 'de')).toBe('mails kommen zuruck');
  });

  test('not in other languages, where ue is no umlaut', () => {
    expect(corrected('the invoice is due', 'fr')).toBe('the invoice is due');
    expect(corrected('the invoice is due')).toBe('the invoice is due');
  });
});

describe('French elisions typed without the apostrophe', () => {
  test('split before a known word, in French', () => {
    expect(corrected('jenvoie depuis lhotel', 'fr')).toBe('j envoie depuis l hotel');
    expect(chat.read('mon iphone narrive pas à envoyer depuis le wifi de lhotel, en 4g ça passe').facts).toMatchObject({
      connection: 'public-wifi',
    });
  });

  test('not in English, nor before a short word', () => {
    expect(corrected('narrive')).toBe('narrive');
    expect(corrected('tout va bien', 'fr')).toBe('tout va bien');
  });
});

test('a possessive typed without its apostrophe names the provider', () => {
  expect(chat.read('looks like telstras mobile ips are listed').facts).toMatchObject({ isp: 'telstra-bigpond' });
  expect(chat.read("LOOKS LIKE TELSTRA'S MOBILE IPS ARE LISTED").facts).toMatchObject({ isp: 'telstra-bigpond' });
});

// A name autocorrect split in two (the thirteenth table): read as the name when one half is no
// word the chat knows or a single letter; two known words ("send mail") and the verb ("i phone
// them") stay as typed.
describe('a name split in two by autocorrect is read as the name', () => {
  test.for([
    { text: 'sending from thunder bird hangs', words: 'sending from thunderbird hangs' },
    { text: 'out look says the server timed out', words: 'outlook says the server timed out' },
    { text: 'my i phone wont send', words: 'my iphone wont send' },
    { text: 'on bell south dsl', words: 'on bellsouth dsl' },
    // two words the chat knows, a verb, a split that makes no name
    { text: 'the app tries to send mail every hour', words: 'the app tries to send mail every hour' },
    { text: 'i phone them when it fails', words: 'i phone them when it fails' },
    { text: 'the post box at the office', words: 'the post box at the office' },
    { text: 'out of office replies', words: 'out of office replies' },
  ])('"$text" is read as "$words"', ({ text, words }) => {
    expect(corrected(text)).toBe(words);
  });
  test.for([
    {
      text: 'thunder bird on win 11 times out on 587',
      facts: { sender: 'program', client: 'thunderbird', os: 'windows', symptom: 'timeout', port: '587' },
    },
    { text: 'i phone mail wont send over wifi', facts: { sender: 'program', client: 'ios-mail' } },
    // "win" alone is a verb; "send mail" stays no server
    { text: 'i cant win with this server', facts: {} },
    { text: 'my script cant send mail', facts: { sender: 'app' } },
  ])('"$text" reads $facts', ({ text, facts }) => {
    expect(chat.read(text).facts).toEqual(facts);
  });
});
