// Words for the yes/no questions and for what a port test showed. A warning from the provider is
// also read from a first message, by a phrase family in content/chat/understanding.yaml.
import type { ValueWords } from './types';

const yes = ['yes', 'yeah', 'yep', 'yup', 'y', 'sure', 'correct', 'si', 'oui', 'ja', 'sim', 'claro', 'genau'];
const no = ['no', 'nope', 'nah', 'n', 'nein', 'non', 'nao', 'not really'];

const abuse = {
  yes: {
    label: 'Yes, we had a notice or a warning',
    name: 'a warning from the internet provider about spam or unusual traffic',
    synonyms: [
      'abuse notice',
      'abuse warning',
      'spam warning',
      'spam notice',
      'anti spam warning',
      'spam warnung',
      'avertissement anti spam',
      'aviso de spam',
      // Comcast's name for its notices of infected computers on a line (Constant Guard)
      'constant guard',
    ],
    answers: [...yes, 'we did', 'we got one', 'notice', 'warning', 'a notice', 'a warning', 'abuse', 'they did'],
  },
  no: {
    label: 'No, or not that we know of',
    name: 'no warning from the internet provider',
    synonyms: [],
    answers: [
      ...no,
      'not that i know',
      'not that we know',
      'no notice',
      'no warning',
      'nothing like that',
      'never',
      'none',
    ],
  },
} satisfies ValueWords<'abuse'>;

const smarthost = {
  yes: {
    label: "Yes, or I'm not sure",
    name: 'a server that can relay through a smart host',
    synonyms: [],
    answers: [...yes, 'it can', 'probably', 'not sure', 'i think so', 'i guess'],
  },
  no: {
    label: 'No, it can only use port 25',
    name: 'a device that can only send on port 25',
    synonyms: [],
    answers: [
      ...no,
      'it cannot',
      'it cant',
      'cannot',
      'cant',
      'only port 25',
      'only 25',
      'only use port 25',
      'only send on port 25',
    ],
  },
} satisfies ValueWords<'smarthost'>;

const auth = {
  yes: {
    label: 'Yes, sign-in is on, with the user name and password',
    name: 'sign-in is already on',
    synonyms: ['sign in is on', 'authentication is on', 'it signs in'],
    answers: [...yes, 'already on', 'checked', 'it is on', 'on'],
  },
  no: {
    label: "No, or I'm not sure",
    name: 'sign-in may be off',
    synonyms: [],
    answers: [...no, 'off', 'not sure', "don't know", 'unchecked'],
  },
} satisfies ValueWords<'auth'>;

const oneNetwork = {
  yes: {
    label: 'Yes, it fails on one network but works on another',
    name: 'it fails on one network only',
    synonyms: [],
    answers: [
      ...yes,
      'one network',
      'only here',
      'only at home',
      'only at the office',
      'works elsewhere',
      'works on mobile',
    ],
  },
  no: {
    label: "No, it fails everywhere, or I haven't tried another network",
    name: 'it fails everywhere',
    synonyms: [],
    answers: [...no, 'everywhere', 'every network', "haven't tried", 'not tried'],
  },
} satisfies ValueWords<'one-network'>;

const hosted = {
  yes: {
    label: 'Yes, at a cloud or hosting provider (AWS, Azure, Google Cloud, DigitalOcean, a VPS…)',
    name: 'it runs at a cloud or hosting provider',
    // Only as answers: a first message naming a VPS or a cloud already reads as the connection.
    synonyms: [],
    answers: [
      ...yes,
      'cloud',
      'vps',
      'hosting',
      'aws',
      'ec2',
      'azure',
      'google cloud',
      'digitalocean',
      'hetzner',
      'linode',
      'render',
      'heroku',
    ],
  },
  no: {
    label: 'No, it runs in our office or at home',
    name: 'it runs on your own premises',
    synonyms: [],
    answers: [...no, 'office', 'at home', 'on premises', 'on site', 'local'],
  },
} satisfies ValueWords<'hosted'>;

const vpn = {
  yes: {
    label: 'Yes, a VPN is on',
    name: 'a VPN is on',
    synonyms: ['vpn is on', 'using a vpn', 'nordvpn', 'expressvpn', 'proton vpn', 'company vpn'],
    answers: [...yes, 'vpn'],
  },
  no: {
    label: 'No VPN',
    name: 'no VPN',
    synonyms: ['no vpn', 'without vpn', 'without a vpn', 'vpn is off'],
    answers: [...no],
  },
} satisfies ValueWords<'vpn'>;

/** The same four results for every port test; the chat reads them from a first message with the test command. */
const portTest = {
  open: {
    label: 'It connected',
    name: 'it connected',
    synonyms: [],
    answers: [
      'connected',
      'it connected',
      'works',
      'worked',
      'succeeded',
      'success',
      'open',
      '220',
      'greeting',
      'true',
      'tcptestsucceeded true',
      'banner',
    ],
  },
  timeout: {
    label: 'It waited and then timed out or failed',
    name: 'it timed out',
    synonyms: [],
    answers: [
      'timed out',
      'timeout',
      'time out',
      'times out',
      'waited',
      'hangs',
      'no answer',
      'failed after a while',
      'false',
      'nothing',
      'failed',
    ],
  },
  refused: {
    label: 'It failed at once (connection refused)',
    name: 'the connection was refused',
    synonyms: [],
    answers: ['refused', 'connection refused', 'failed at once', 'immediately', 'at once', 'no route to host'],
  },
  intercepted: {
    label: "It connected, but the greeting names another company's server",
    name: "another company's server answered",
    synonyms: [],
    answers: ['another company', 'different server', 'wrong greeting', 'someone else', 'other name', 'another name'],
  },
} satisfies ValueWords<'t25'>;

export const answerWords = {
  abuse,
  smarthost,
  auth,
  'one-network': oneNetwork,
  hosted,
  vpn,
  t25: portTest,
  t587: portTest,
  t465: portTest,
  t2525: portTest,
};
