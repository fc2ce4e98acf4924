// Words for what sends the mail: the kind of sender, the mail program, the server software, and
// the system a test runs on.
import type { ValueWords } from './types';

const sender = {
  program: {
    label: 'A mail program on a computer, phone or tablet (Outlook, Apple Mail, Thunderbird…)',
    name: 'your mail program',
    synonyms: [
      'mail program',
      'email program',
      'email app',
      'mail app',
      'outlook',
      'thunderbird',
      'apple mail',
      'mac mail',
      'iphone',
      'ipad',
      'android',
      'gmail app',
      'samsung email',
      'my phone',
      'my laptop',
      'my computer',
      'windows mail',
      'live mail',
    ],
  },
  app: {
    label: 'A website, app or device that sends through {{esp.name}} (a contact form, a shop, a scanner)',
    name: 'your app',
    synonyms: [
      'website',
      'web site',
      'wordpress',
      'woocommerce',
      'shop',
      'online shop',
      'contact form',
      'plugin',
      'crm',
      'app',
      'application',
      'scanner',
      'printer',
      'copier',
      'nas',
      'script',
      'my code',
      'php',
      'nodemailer',
    ],
  },
  'relay-server': {
    label: 'Our own mail server, set up to pass its mail to {{esp.name}}',
    name: 'your mail server',
    synonyms: [
      'relays through you',
      'relay through you',
      'smart host',
      'smarthost',
      'relayhost',
      'our server sends through you',
      'server sends through you',
      'sends through you',
    ],
  },
  'direct-server': {
    label: "Our own mail server, delivering straight to recipients' mail servers",
    name: 'your mail server',
    synonyms: [
      'delivers directly',
      'delivers straight',
      'direct to recipients',
      'straight to recipients',
      'own mail server',
      'our mail server',
      'my mail server',
      'self hosted',
      'self-hosted',
      'mail server',
    ],
  },
} satisfies ValueWords<'sender'>;

const client = {
  'outlook-classic': {
    label: 'Outlook for Windows (classic)',
    name: 'Outlook',
    synonyms: [
      'outlook',
      'classic outlook',
      'outlook classic',
      'outlook 2016',
      'outlook 2019',
      'outlook 2021',
      'outlook 365',
      'microsoft outlook',
    ],
  },
  'new-outlook': {
    label: 'New Outlook for Windows',
    name: 'new Outlook',
    synonyms: ['new outlook', 'outlook new', 'the new outlook'],
  },
  thunderbird: { label: 'Thunderbird', name: 'Thunderbird', synonyms: ['thunderbird', 'mozilla thunderbird', 'tb'] },
  'apple-mail': {
    label: 'Apple Mail on a Mac',
    name: 'Apple Mail',
    synonyms: ['apple mail', 'mac mail', 'mail on mac', 'macos mail', 'mail app on mac'],
  },
  'ios-mail': {
    label: 'Mail on iPhone or iPad',
    name: 'Mail on your iPhone or iPad',
    synonyms: ['iphone', 'ipad', 'ios', 'iphone mail', 'ipad mail', 'apple phone'],
  },
  'android-gmail': {
    label: 'Gmail app on Android',
    name: 'the Gmail app',
    synonyms: ['gmail app', 'gmail on android', 'android gmail', 'android'],
  },
  'samsung-email': {
    label: 'Samsung Email',
    name: 'Samsung Email',
    synonyms: ['samsung', 'samsung email', 'samsung mail', 'galaxy'],
  },
  'windows-mail': {
    label: 'Windows Mail or Windows Live Mail',
    name: 'Windows Mail',
    synonyms: ['windows mail', 'windows live mail', 'live mail', 'mail and calendar'],
  },
  'other-program': {
    label: 'Another mail program',
    name: 'your mail program',
    synonyms: ['something else', 'other program', 'another program', 'different program'],
  },
} satisfies ValueWords<'client'>;

const server = {
  postfix: {
    label: 'Postfix',
    name: 'Postfix',
    synonyms: ['postfix', 'mailcow', 'mail-in-a-box', 'mailinabox', 'iredmail', 'docker-mailserver'],
  },
  exim: { label: 'Exim', name: 'Exim', synonyms: ['exim', 'exim4', 'cpanel'] },
  exchange: {
    label: 'Microsoft Exchange Server',
    name: 'Exchange',
    synonyms: ['exchange', 'exchange server', 'microsoft exchange', 'sbs', 'small business server'],
  },
  hmailserver: { label: 'hMailServer', name: 'hMailServer', synonyms: ['hmailserver', 'hmail'] },
  'other-server': {
    label: 'Something else',
    name: 'your mail server',
    synonyms: [
      'something else',
      'other server',
      'another server',
      'sendmail',
      'qmail',
      'mdaemon',
      'zimbra',
      'haraka',
      'opensmtpd',
    ],
  },
} satisfies ValueWords<'server'>;

const os = {
  windows: {
    label: 'Windows',
    name: 'Windows',
    synonyms: ['windows', 'win10', 'win11', 'windows 10', 'windows 11', 'pc', 'powershell'],
  },
  mac: { label: 'macOS', name: 'macOS', synonyms: ['mac', 'macos', 'osx', 'os x', 'macbook', 'imac'] },
  linux: {
    label: 'Linux',
    name: 'Linux',
    synonyms: ['linux', 'ubuntu', 'debian', 'centos', 'fedora', 'redhat', 'rhel', 'raspberry pi'],
  },
} satisfies ValueWords<'os'>;

export const sendingWords = { sender, client, server, os };
