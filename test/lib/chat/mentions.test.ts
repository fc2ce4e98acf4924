import { beforeAll, expect, test } from 'vitest';

import type { Facts } from '@/lib/vocabulary/facts';

import { loadChatReader, type ChatReader } from '../../support/chat';

let chat: ChatReader;

beforeAll(async () => {
  chat = await loadChatReader();
}, 60_000);

test.for([
  // A denial turns the value after it around; a quantifier does not ("keine der").
  { text: "it's not the password, it times out", facts: { symptom: 'timeout' } },
  { text: 'no error at all, the mail just sits in the outbox', facts: { symptom: 'cannot-send' } },
  { text: 'kein Fehler, empfangen geht, senden nicht', facts: { symptom: 'cannot-send' } },
  { text: 'não aparece mensagem de erro', facts: { symptom: 'cannot-send' } },
  { text: 'vom Server wird keine der Authentifizierungsmethoden unterstützt', facts: { symptom: 'auth-error' } },
  { text: "it doesn't work on my phone either", facts: { sender: 'program' } },
  { text: 'not Thunderbird, Outlook', facts: { client: 'outlook-classic', sender: 'program' } },
])('denial: "$text" reads $facts', ({ text, facts }) => {
  expect(chat.read(text).facts).toEqual(facts);
});

test.for([
  // "It works elsewhere" in everyday words: the network it works on is not the one that fails.
  { text: "it works on my phone's hotspot", facts: { symptom: 'works-elsewhere' } },
  { text: 'it goes out fine when I am at the office', facts: { symptom: 'works-elsewhere' } },
  { text: "sending works at a friend's house", facts: { symptom: 'works-elsewhere' } },
  { text: 'only works on wifi', facts: { symptom: 'works-elsewhere' } },
  { text: 'it could not connect until I turned off the VPN', facts: { symptom: 'works-elsewhere' } },
  { text: 'con los datos móviles del teléfono funciona', facts: { symptom: 'works-elsewhere' } },
  { text: 'übers Handy mit LTE klappt es', facts: { symptom: 'works-elsewhere' } },
  { text: 'à la maison ça marche', facts: { symptom: 'works-elsewhere' } },
  { text: 'com os dados móveis funciona', facts: { symptom: 'works-elsewhere' } },
  {
    text: 'Thunderbird times out, the mail app on my iPhone sends fine',
    facts: { client: 'thunderbird', sender: 'program', symptom: 'one-device' },
  },
  { text: "it's on mobile data that it fails", facts: { connection: 'mobile' } },
])('works elsewhere: "$text" reads $facts', ({ text, facts }) => {
  expect(chat.read(text).facts).toEqual(facts);
});

test.for([
  // What sends: a server that passes mail on is not one that delivers; a server named as the
  // destination is not what sends.
  { text: 'our postfix server relays through your smart host', facts: { sender: 'relay-server', server: 'postfix' } },
  {
    text: 'Exchange hands its mail to our relay on 587',
    facts: { sender: 'relay-server', server: 'exchange', port: '587' },
  },
  { text: 'my postfix at home delivers straight to gmail', facts: { sender: 'direct-server', server: 'postfix' } },
  // "can't reach" does not say how the connection fails (a refusal or a wrong name read the same).
  { text: "Thunderbird can't reach my mail server", facts: { client: 'thunderbird', sender: 'program' } },
  { text: 'the contact form on my website sends through my mail server', facts: { sender: 'app' } },
  { text: 'a PHP script on my VPS', facts: { sender: 'app', connection: 'cloud' } },
  { text: 'self-hosted mailcow at home', facts: { sender: 'direct-server' } },
])('sender: "$text" reads $facts', ({ text, facts }) => {
  expect(chat.read(text).facts).toEqual(facts);
});

test.for([
  // ISPs by current or former brand and short name; everyday words only as names.
  { text: "I'm with LIME", facts: { isp: 'lime-st-lucia' } },
  // LIME's entry rests on a 2009 St. Lucia source: Flow or Cable & Wireless without the island is
  // no ISP we know (Flow serves many Caribbean countries; issue 15).
  { text: 'we are on Flow in St Lucia', facts: { isp: 'lime-st-lucia' } },
  { text: 'Cable & Wireless St Lucia customer', facts: { isp: 'lime-st-lucia' } },
  { text: 'we are on Flow', facts: {} },
  { text: 'BigPond ADSL', facts: { isp: 'telstra-bigpond', connection: 'dsl' } },
  { text: 'Time Warner Cable', facts: { isp: 'spectrum-charter', connection: 'cable' } },
  // Fios is Verizon's fibre service: the product names the line too
  { text: 'Verizon Fios', facts: { isp: 'verizon', connection: 'fibre' } },
  { text: 'xfinity', facts: { isp: 'comcast-xfinity' } },
  { text: 'BellSouth DSL', facts: { isp: 'att', connection: 'dsl' } },
  { text: 'the mail flow stopped', facts: {} },
  { text: 'drei mal versucht', facts: {} },
  { text: 'bin bei Drei', facts: { isp: 'drei-austria' } },
  { text: 'on a droplet at DigitalOcean', facts: { isp: 'digitalocean', connection: 'cloud' } },
  { text: 'je suis chez SFR', facts: { isp: 'other' } },
])('provider: "$text" reads $facts', ({ text, facts }) => {
  expect(chat.read(text, 'isp', { sender: 'direct-server', symptom: 'timeout' }).facts).toEqual(facts);
});

test.for([
  // The provider's warning about the customer's own line, not its policy in general.
  {
    text: 'Comcast sent me an email saying my computer is sending spam',
    facts: { isp: 'comcast-xfinity', abuse: 'yes' },
  },
  {
    text: 'Telekom hat mir geschrieben, dass von meinem Anschluss Spam kommt',
    facts: { isp: 'deutsche-telekom', abuse: 'yes' },
  },
  {
    text: 'Comcast says they block 25 on lines that look like spam sources',
    facts: { isp: 'comcast-xfinity', port: '25' },
  },
  { text: 'gmail says my mail looks like spam', facts: {} },
])('warning: "$text" reads $facts', ({ text, facts }) => {
  expect(chat.read(text).facts).toEqual(facts satisfies Facts);
});

test.for([
  // A provider named as where the mail goes is the recipient's mailbox provider, not the line's.
  {
    text: 'outlook times out when I send to a comcast address',
    facts: { client: 'outlook-classic', sender: 'program', symptom: 'timeout' },
  },
  { text: 'emails to verizon users bounce', facts: { symptom: 'recipient-bounce' } },
  { text: 'mes mails vers des adresses orange sont refusés', facts: {} },
  // The customer's own provider, beside words that look alike.
  { text: 'I am a comcast customer', facts: { isp: 'comcast-xfinity' } },
  { text: 'on comcast, sending to verizon users fails', facts: { isp: 'comcast-xfinity' } },
  { text: 'I switched to comcast last month', facts: { isp: 'comcast-xfinity' } },
])('recipient or line: "$text" reads $facts', ({ text, facts }) => {
  expect(chat.read(text).facts).toEqual(facts satisfies Facts);
});

test.for([
  // A provider's name that is an everyday word, then a copula: the provider's only when a provider
  // word (or a word about the line) follows within three words.
  {
    text: 'sky is our broadband and outlook times out',
    facts: { isp: 'sky-broadband', sender: 'program', client: 'outlook-classic', symptom: 'timeout' },
  },
  { text: 'bell is my isp', facts: { isp: 'bell-sympatico' } },
  { text: 'orange est notre fournisseur', facts: { isp: 'orange-france' } },
  { text: 'the sky is clear today and the mail still bounces', facts: { symptom: 'recipient-bounce' } },
  { text: 'the bell is ringing', facts: {} },
  { text: 'orange is a colour', facts: {} },
  // a block verb after the name, and the line in Portuguese or German words
  {
    text: 'spectrum is blocking port 25 on my server',
    facts: { isp: 'spectrum-charter', port: '25', sender: 'direct-server' },
  },
  { text: 'tenho fibra da claro', facts: { isp: 'other', connection: 'fibre' } },
  // the line a server stands behind
  {
    text: 'exim in a container behind my bell modem',
    facts: { isp: 'bell-sympatico', sender: 'direct-server', server: 'exim' },
  },
])('copula or line word: "$text" reads $facts', ({ text, facts }) => {
  expect(chat.read(text).facts).toEqual(facts satisfies Facts);
});

test.for([
  // A short Portuguese message is Portuguese by its content words too, so "no" is "in the" there,
  // in a family's denials as well: the program is named, and an error is stated, not denied.
  { text: 'erro no outlook porta 587', facts: { sender: 'program', client: 'outlook-classic', port: '587' } },
  { text: 'no ipad dá erro', facts: { sender: 'program', client: 'ios-mail' } },
  { text: 'no error, just spins', facts: { symptom: 'timeout' } },
  { text: 'no ssl, port 465', facts: { tls: 'none', port: '465' } },
  { text: 'sem erro nenhum, so fica na caixa de saida', facts: { symptom: 'cannot-send' } },
])('language: "$text" reads $facts', ({ text, facts }) => {
  expect(chat.read(text).facts).toEqual(facts satisfies Facts);
});

test.for([
  // An error named by the password it is about, and a password not taken, in five languages.
  { text: 'keeps giving a password error', facts: { symptom: 'auth-error' } },
  { text: 'aparece um problema com a senha', facts: { symptom: 'auth-error' } },
  { text: 'sale un error de la contraseña', facts: { symptom: 'auth-error' } },
  { text: 'une erreur du mot de passe', facts: { symptom: 'auth-error' } },
  { text: 'Kennwortfehler beim Senden', facts: { symptom: 'auth-error' } },
  { text: "it won't accept the password", facts: { symptom: 'auth-error' } },
  { text: 'nimmt mein Kennwort nicht', facts: { symptom: 'auth-error' } },
  // an error that is about something else, and a password that is fine
  { text: 'erro de conexão, a senha está certa', facts: { symptom: 'timeout' } },
  { text: 'akzeptiert das Passwort und hängt dann', facts: {} },
  { text: 'password is fine, no error', facts: { symptom: 'cannot-send' } },
])('password: "$text" reads $facts', ({ text, facts }) => {
  expect(chat.read(text).facts).toEqual(facts satisfies Facts);
});

test.for([
  // A message typed on several lines is still prose: a line break alone does not make it a pasted
  // error whose diagnosis would add facts the customer never stated.
  {
    text: 'comcast blocks port 25 at home.\nmy home server cant send anything out',
    facts: { isp: 'comcast-xfinity', port: '25', sender: 'direct-server' },
  },
  { text: 'Hallo,\nder Provider hat uns wegen Spam angeschrieben.\nGrüße', facts: { abuse: 'yes' } },
  // a pasted reply on its own line still counts
  {
    text: 'outlook says:\n554 5.7.1 Relay access denied',
    facts: { sender: 'program', client: 'outlook-classic', symptom: 'relay-denied' },
  },
])('line breaks: $text reads $facts', ({ text, facts }) => {
  expect(chat.read(text).facts).toEqual(facts satisfies Facts);
});

test.for([
  // The mail itself coming back is a bounce, in five languages; a reply that comes back is not.
  { text: 'half the emails came back undelivered', facts: { symptom: 'recipient-bounce' } },
  { text: 'los mensajes vuelven con un error', facts: { symptom: 'recipient-bounce' } },
  { text: 'die Nachrichten kamen gestern alle zurück', facts: { symptom: 'recipient-bounce' } },
  { text: 'es kommt keine Antwort vom Server zurück', facts: {} },
  { text: 'since monday every message to hotmail bounces', facts: { symptom: 'stopped-recently' } },
  // English "an" is no German "to": the provider an email came from is the customer's
  { text: 'we got an email from cox.net about spam from our ip', facts: { isp: 'cox', abuse: 'yes' } },
  {
    text: 'Mails an t-online.de kommen zurück, ich bin bei Vodafone',
    facts: { symptom: 'recipient-bounce', isp: 'other' },
  },
  // a hyphen inside a provider's host name
  {
    text: 'Outlook über smtp.t-online.de läuft in einen Timeout',
    facts: { sender: 'program', client: 'outlook-classic', isp: 'deutsche-telekom', symptom: 'timeout' },
  },
])('comes back: "$text" reads $facts', ({ text, facts }) => {
  expect(chat.read(text).facts).toEqual(facts satisfies Facts);
});

test('a long hostile message of repeated family words is read quickly and the same way', () => {
  const text = "Comcast warned me about spam from my line, it works on my phone's hotspot, not port 25. ".repeat(800);
  expect(text.length).toBeGreaterThan(64 * 1024);
  expect(chat.read(text).facts).toEqual({ isp: 'comcast-xfinity', abuse: 'yes', symptom: 'works-elsewhere' });
});
