// Words for the yes/no questions and for what a port test showed.
import type { ValueWords } from './types';

const abuse = {
  yes: {
    label: 'Yes, we had a notice or a warning',
    name: 'a warning from the internet provider about spam or unusual traffic',
    synonyms: ['yes', 'yeah', 'yep', 'yup', 'y', 'sure', 'correct', 'we did', 'notice', 'warning', 'abuse'],
  },
  no: {
    label: 'No, or not that we know of',
    name: 'no warning from the internet provider',
    synonyms: ['no', 'nope', 'nah', 'n', 'not that i know', 'no notice', 'nothing like that', 'never'],
  },
} satisfies ValueWords<'abuse'>;

const yes = ['yes', 'yeah', 'yep', 'yup', 'y', 'sure', 'correct', 'i think so'];
const no = ['no', 'nope', 'nah', 'n', "it isn't", 'never'];

const smarthost = {
  yes: {
    label: "Yes, or I'm not sure",
    name: 'it can send through a relay with a user name and password',
    synonyms: ['yes', 'yeah', 'yep', 'y', 'sure', 'it can', 'probably', 'not sure', 'i think so'],
  },
  no: {
    label: 'No, it can only use port 25',
    name: 'a device that can only send on port 25',
    synonyms: ['no', 'nope', 'n', 'it cannot', 'cannot', "can't", 'only port 25', 'only 25'],
  },
} satisfies ValueWords<'smarthost'>;

const auth = {
  yes: {
    label: 'Yes, sign-in is on, with the user name and password',
    name: 'sign-in is already on',
    synonyms: [...yes, 'sign in is on', 'authentication is on', 'it signs in', 'already on', 'checked'],
  },
  no: {
    label: "No, or I'm not sure",
    name: 'sign-in may be off',
    synonyms: [...no, 'off', 'not sure', "don't know", 'unchecked'],
  },
} satisfies ValueWords<'auth'>;

const oneNetwork = {
  yes: {
    label: 'Yes, it fails on one network but works on another',
    name: 'it fails on one network only',
    synonyms: [
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
    synonyms: [...no, 'everywhere', 'every network', "haven't tried", 'not tried'],
  },
} satisfies ValueWords<'one-network'>;

const hosted = {
  yes: {
    label: 'Yes, at a cloud or hosting provider (AWS, Azure, Google Cloud, DigitalOcean, a VPS…)',
    name: 'it runs at a cloud or hosting provider',
    synonyms: [
      ...yes,
      'cloud',
      'vps',
      'hosting',
      'aws',
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
    synonyms: [...no, 'office', 'at home', 'on premises', 'on site', 'local'],
  },
} satisfies ValueWords<'hosted'>;

const vpn = {
  yes: {
    label: 'Yes, a VPN is on',
    name: 'a VPN is on',
    synonyms: [...yes, 'vpn', 'vpn is on', 'using a vpn', 'nordvpn', 'expressvpn', 'proton vpn', 'company vpn'],
  },
  no: {
    label: 'No VPN',
    name: 'no VPN',
    synonyms: [...no, 'no vpn', 'without vpn', 'vpn is off'],
  },
} satisfies ValueWords<'vpn'>;

/** The same four results for every port test. */
const portTest = {
  open: {
    label: 'It connected',
    name: 'it connected',
    synonyms: ['connected', 'it connected', 'works', 'worked', 'succeeded', 'success', 'open', '220', 'greeting'],
  },
  timeout: {
    label: 'It waited and then timed out or failed',
    name: 'it timed out',
    synonyms: ['timed out', 'timeout', 'time out', 'waited', 'hangs', 'no answer', 'failed after a while'],
  },
  refused: {
    label: 'It failed at once (connection refused)',
    name: 'the connection was refused',
    synonyms: ['refused', 'connection refused', 'failed at once', 'immediately'],
  },
  intercepted: {
    label: "It connected, but the greeting names another company's server",
    name: "another company's server answered",
    synonyms: ['another company', 'different server', 'wrong greeting', 'someone else', 'other name'],
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
