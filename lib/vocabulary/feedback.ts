// Why an answer or an article did not help: the reasons a customer can tap after "no", with the
// words they see.

export const reasons = ['didnt-work', 'didnt-understand', 'not-my-situation', 'something-else'] as const;
export type Reason = (typeof reasons)[number];

export const reasonLabels = {
  'didnt-work': 'It didn’t work',
  'didnt-understand': 'I didn’t understand it',
  'not-my-situation': 'It’s not my situation',
  'something-else': 'Something else',
} as const satisfies Record<Reason, string>;
