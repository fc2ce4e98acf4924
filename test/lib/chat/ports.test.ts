import { beforeAll, expect, test } from 'vitest';

import type { Facts } from '@/lib/vocabulary/facts';

import { loadChatReader, type ChatReader } from '../../support/chat';

let chat: ChatReader;

beforeAll(async () => {
  chat = await loadChatReader();
}, 60_000);

const portFacts = (facts: Facts) =>
  Object.fromEntries(Object.entries(facts).filter(([fact]) => ['port', 'tls', 't25', 't587', 't465'].includes(fact)));

test.for([
  { text: 'Thunderbird is set to 587', facts: { port: '587' } },
  { text: 'my smtp port is still 25', facts: { port: '25' } },
  { text: 'outgoing server smtp.example.net:465', facts: { port: '465' } },
  { text: 'SSL port 465', facts: { port: '465', tls: 'ssl' } },
  { text: 'port 587 with STARTTLS', facts: { port: '587', tls: 'starttls' } },
  { text: 'I send about 25 emails a day', facts: {} },
  { text: 'tried 25, 465 and 587, nothing works', facts: {} },
  { text: 'through gmail on 587, tried 25 too', facts: { port: '587' } },
  { text: 'port 25 keeps timing out, 587 works', facts: { port: '25' } },
  // typed without commas: a works word a sentence away speaks for something else, a near one for the port
  { text: 'thunderbird wont send on port 465 sending from the webmail works fine', facts: { port: '465' } },
  { text: 'the scanner on 25 hangs only the office pc works', facts: { port: '25' } },
  { text: 'port 587 with starttls works fine', facts: {} },
  { text: 'they block 25 and 465', facts: {} },
  { text: 'not port 25, I am already on 587', facts: { port: '587' } },
  { text: 'no es el puerto 25, uso el 587', facts: { port: '587' } },
  { text: 'connection timed out auf port 25, nicht 587', facts: { port: '25' } },
  { text: 'pop3 on 995 with ssl and smtp on 587 with tls', facts: { port: '587', tls: 'starttls' } },
  { text: "I'm not using SSL", facts: { tls: 'none' } },
  { text: 'port 25 sans SSL', facts: { port: '25', tls: 'none' } },
  { text: 'porta 587 sem criptografia', facts: { port: '587', tls: 'none' } },
  { text: 'SSL/TLS on 465', facts: { port: '465', tls: 'ssl' } },
  // A tested port is the test's; it is the sending port only for a server that delivers itself.
  { text: 'telnet to the smtp server on port 25 just hangs', facts: { t25: 'timeout' } },
  // A test of a recipient's mail server on 25 is a server that delivers itself, so 25 is its port.
  { text: 'telnet to gmail on port 25 just hangs', facts: { port: '25', t25: 'timeout' } },
  { text: 'telnet gmail-smtp-in.l.google.com 25 just sits there', facts: { port: '25', t25: 'timeout' } },
  { text: 'telnet smtp.example.com 587 just sits there', facts: { t587: 'timeout' } },
  // The port moved to is the one mail is sent on; a port the provider blocks is not a working one.
  { text: 'mudei para a 587 e continua sem enviar', facts: { port: '587' } },
  { text: 'the old port 25 is blocked, I switched to 465 and it still times out', facts: { port: '465' } },
  { text: 'since cox blocked port 25 my mail only sends on campus', facts: { port: '25' } },
  { text: '25 is blocked and 587 too', facts: {} },
  { text: 'swaks to port 25 says no route to host', facts: { t25: 'refused' } },
  {
    text: 'my postfix cannot deliver, telnet to gmail on port 25 just hangs',
    facts: { port: '25', t25: 'timeout' },
  },
  { text: 'mit telnet auf port 587 kommt keine antwort', facts: { t587: 'timeout' } },
  { text: 'the host says use 587, but outlook is still on 25', facts: { port: '25' } },
  { text: 'el proveedor recomienda el 587 y sigo en el puerto 25', facts: { port: '25' } },
  { text: 'they told me to use 587 instead of 25 and it still times out on 25', facts: { port: '25' } },
  { text: 'they block port 25 and 465 by default', facts: {} },
  // The provider's block beside the port the customer moved to: the one moved to fails now.
  { text: 'comcast blocks outgoing 25 so my relayhost is on 587 and that times out', facts: { port: '587' } },
  { text: 'port 25 is blocked, so I switched to 2525 and it hangs', facts: { port: '2525' } },
  { text: 'der Provider sperrt Port 25, also nutze ich 465 und es kommt ein Timeout', facts: { port: '465' } },
  { text: 'my isp blocked port 25', facts: { port: '25' } },
  { text: 'they block 25 and 587, my server still uses port 25', facts: { port: '25' } },
  // "sends" with a failure in its part of the sentence does not make the port a working one.
  { text: 'my server sends on port 25 and times out', facts: { port: '25' } },
  { text: 'o servidor envia pela porta 587 e a conexão é recusada', facts: { port: '587' } },
  { text: 'port 25 keeps timing out, it sends fine on 587', facts: { port: '25' } },
  {
    text: 'telnet to my server on 587 shows the banner, 465 does not connect at all',
    facts: { t587: 'open', t465: 'timeout' },
  },
  {
    text: 'my app connects to smtp.gmail.com:587 but the greeting is from my host, not google',
    facts: { port: '587', t587: 'intercepted' },
  },
])('"$text" reads $facts', ({ text, facts }) => {
  expect(portFacts(chat.read(text).facts)).toEqual(facts);
});

test('at the port question a bare number is the answer, even 25', () => {
  expect(chat.read('25', 'port').facts).toEqual({ port: '25' });
  expect(chat.read("I can't find it", 'port').facts).toEqual({});
  expect(chat.read('no idea', 'port').facts).toEqual({ port: 'unknown' });
});

test('a port inside the answer to another question is that answer', () => {
  expect(chat.read('No, it can only use port 25', 'smarthost').facts).toEqual({ smarthost: 'no' });
});
