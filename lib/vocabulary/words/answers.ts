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

export const answerWords = { abuse, smarthost, t25: portTest, t587: portTest, t465: portTest, t2525: portTest };
