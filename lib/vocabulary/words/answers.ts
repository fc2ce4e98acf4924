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

const smarthost = {
  yes: {
    label: "Yes, or I'm not sure",
    name: 'a server that can relay through a smart host',
    synonyms: ['yes', 'yeah', 'yep', 'y', 'sure', 'it can', 'probably', 'not sure', 'i think so'],
  },
  no: {
    label: 'No, it can only use port 25',
    name: 'a device that can only send on port 25',
    synonyms: ['no', 'nope', 'n', 'it cannot', 'cannot', "can't", 'only port 25', 'only 25'],
  },
} satisfies ValueWords<'smarthost'>;

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

export const answerWords = { abuse, smarthost, t25: portTest, t587: portTest, t465: portTest, t2525: portTest };
