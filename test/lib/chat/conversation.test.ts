// The chat across turns and languages: the question on screen decides what a short reply answers,
// a vague answer gives way to a specific one, and the facts the chat asks about are read in
// Spanish, French, German and Portuguese.
import { beforeAll, expect, test } from 'vitest';

import type { FactName, Facts } from '@/lib/vocabulary/facts';

import { loadChatReader, type ChatReader } from '../../support/chat';

let chat: ChatReader;

beforeAll(async () => {
  chat = await loadChatReader();
}, 60_000);

test('issue 12: "can\'t send" alone is no symptom, and "it times out" then answers the symptom question', () => {
  const first = chat.read("Outlook on my office PC can't send email");
  expect(first.facts).toEqual({ client: 'outlook-classic', sender: 'program' });
  const known = first.facts;
  // The chat now asks what happens when sending; the reply answers it.
  expect(chat.read('it times out', undefined, known).facts).toEqual({ symptom: 'timeout' });
});

test('a first message keeps every fact it states', () => {
  expect(
    chat.read(
      "I'm on Flow (used to be LIME) DSL, Thunderbird on port 587 with STARTTLS times out, but it works on my phone's hotspot",
    ).facts,
  ).toEqual({
    sender: 'program',
    client: 'thunderbird',
    symptom: 'works-elsewhere',
    connection: 'dsl',
    isp: 'lime-st-lucia',
    port: '587',
    tls: 'starttls',
  });
});

test('a vague answer already given gives way to a specific one, whatever is on screen', () => {
  const known: Facts = { sender: 'program', client: 'outlook-classic', symptom: 'cannot-send' };
  expect(chat.read('it times out', 'port', known)).toMatchObject({
    facts: { symptom: 'timeout' },
    heard: [{ fact: 'symptom', value: 'timeout' }],
  });
  // A specific answer is never overwritten, and repeating it hears nothing new.
  expect(chat.read('it says the password is wrong', 'port', { ...known, symptom: 'timeout' }).facts).toEqual({});
  expect(chat.read('it times out', 'port', { ...known, symptom: 'timeout' }).heard).toEqual([]);
});

test.for([
  // Short replies answer the question on screen, and only it.
  { q: 'port', text: '25', facts: { port: '25' } },
  { q: 'port', text: "it's 587", facts: { port: '587' } },
  { q: 't25', text: 'it timed out', facts: { t25: 'timeout' } },
  { q: 'abuse', text: 'yes', facts: { abuse: 'yes' } },
  { q: 'abuse', text: 'no, nothing like that', facts: { abuse: 'no' } },
  { q: 'tls', text: 'none', facts: { tls: 'none' } },
  { q: 'smarthost', text: 'not sure', facts: { smarthost: 'yes' } },
  { q: 'connection', text: 'no idea', facts: { connection: 'unknown' } },
  // The same words at the first question are no answer to it.
  { q: undefined, text: 'yes', facts: {} },
  { q: undefined, text: 'none', facts: {} },
  { q: undefined, text: '25', facts: {} },
] satisfies Array<{ q: FactName | undefined; text: string; facts: Facts }>)(
  'at $q, "$text" reads $facts',
  ({ q, text, facts }) => {
    const known: Facts = { sender: 'direct-server', symptom: 'timeout', isp: 'other' };
    expect(chat.read(text, q, q ? known : {}).facts).toEqual(facts);
  },
);

test.for([
  {
    lang: 'es',
    text: 'Outlook me da tiempo de espera agotado en el puerto 587',
    facts: { client: 'outlook-classic', sender: 'program', symptom: 'timeout', port: '587' },
  },
  {
    lang: 'es',
    text: 'Thunderbird dice retransmisión denegada, puerto 25 sin cifrado',
    facts: { client: 'thunderbird', sender: 'program', symptom: 'relay-denied', port: '25', tls: 'none' },
  },
  {
    lang: 'es',
    text: 'desde ayer mis correos se quedan en la bandeja de salida',
    facts: { symptom: 'stopped-recently' },
  },
  { lang: 'es', text: 'el servidor no se encuentra', facts: { symptom: 'server-not-found' } },
  {
    lang: 'fr',
    text: 'Thunderbird me dit mot de passe incorrect',
    facts: { client: 'thunderbird', sender: 'program', symptom: 'auth-error' },
  },
  {
    lang: 'fr',
    text: 'depuis hier plus rien ne part, je suis en fibre chez Orange',
    facts: { symptom: 'stopped-recently', connection: 'fibre', isp: 'orange-france' },
  },
  { lang: 'fr', text: "le wifi de l'hôtel bloque l'envoi", facts: { connection: 'public-wifi' } },
  { lang: 'de', text: 'Relaying nicht erlaubt auf Port 25', facts: { symptom: 'relay-denied', port: '25' } },
  {
    lang: 'de',
    text: 'Zeitüberschreitung beim Postausgangsserver, Port 465 mit SSL',
    facts: { symptom: 'timeout', port: '465', tls: 'ssl' },
  },
  {
    lang: 'de',
    text: 'unser Exchange Server über den Smarthost der Telekom',
    facts: { sender: 'relay-server', server: 'exchange', isp: 'deutsche-telekom' },
  },
  {
    lang: 'pt',
    text: 'fibra, porta 465 com SSL, dá tempo esgotado',
    facts: { connection: 'fibre', port: '465', tls: 'ssl', symptom: 'timeout' },
  },
  { lang: 'pt', text: 'o certificado do servidor é inválido', facts: { symptom: 'certificate' } },
  { lang: 'pt', text: 'recebo mas não consigo enviar', facts: { symptom: 'cannot-send' } },
  {
    lang: 'pt',
    text: 'no outlook dá erro de autenticação',
    facts: { client: 'outlook-classic', sender: 'program', symptom: 'auth-error' },
  },
])('$lang: "$text" reads $facts', ({ text, facts }) => {
  expect(chat.read(text).facts).toEqual(facts);
});
