// The chat's accuracy on typed first messages written from real support posts
// (test/fixtures/chat/messages.json, collected apart from the vocabulary). It reports facts read
// and messages fully understood, overall and per language, and fails under a floor. No rule may
// be fitted to one message: the table measures phrase families, it does not define them.
import { readFile } from 'node:fs/promises';

import { beforeAll, expect, test } from 'vitest';
import { z } from 'zod';

import { understand, type UnderstandContext } from '@/lib/chat/understand';
import { loadLibrary, type Library } from '@/lib/content/library';
import { compileRules } from '@/lib/diagnose/classify';
import { walk } from '@/lib/troubleshoot/engine';
import { factNames, type Facts } from '@/lib/vocabulary/facts';

const messageSchema = z.object({
  id: z.string(),
  lang: z.enum(['en', 'de', 'fr', 'es', 'pt']),
  text: z.string(),
  facts: z.partialRecord(z.enum(factNames), z.string()),
  also: z.partialRecord(z.enum(factNames), z.array(z.string())).optional(),
});
type Message = z.infer<typeof messageSchema>;

/**
 * Floors just under the measured figures, so a change that reads less fails; the held-out targets
 * are 95% of facts and 85% of messages. On the corpus table, 8 of the misses are its labels
 * reading "can't send" as "no clear error", which the tree's wording does not allow (issue 12).
 */
const floors = {
  table: { facts: 0.975, understood: 0.9 },
  later: { facts: 0.99, understood: 0.97 },
  /**
   * messages-fresh.json: first measured 128/168 facts (76.2%) and 24/54 understood, before any rule
   * was changed for it (128/166 and 25/54 after four labels were corrected to the README rules);
   * 159/166 (95.8%) and 44/54 with the families its misses and the fifth table's showed.
   */
  fresh: { facts: 0.95, understood: 0.79 },
  /**
   * messages-fourth.json: first measured 167/217 facts (77.0%) and 25/66 understood, before any
   * rule was changed for it; 187/217 (86.2%) and 38/66 with the families its misses showed, then
   * 203/217 (93.5%) and 50/66 with the families of a second look at them (a pasted log of delivery
   * to a recipient's server, a route that is no success, a program on a device, a mailbox named
   * by a program's name).
   */
  fourth: { facts: 0.93, understood: 0.75 },
  /**
   * messages-fifth.json: first measured 103/133 facts (77.4%) and 18/44 understood, before any rule
   * was changed for it (105/134 and 20/44 after two labels were corrected to the README rules);
   * 127/134 (94.8%) and 34/44 with the families its misses showed; 130/134 (97.0%) and 37/44 after
   * the fourth table's second look.
   */
  fifth: { facts: 0.96, understood: 0.83 },
  /**
   * messages-sixth.json: first measured 188/252 facts (74.6%) and 31/79 understood, before any rule
   * was changed for it (189/253 and 32/79 after one label was corrected to the README rules; 190/253
   * and 33/79 on the rules of the fourth table's second look, written without it); 245/253 (96.8%)
   * and 68/79 with the families its misses showed.
   */
  sixth: { facts: 0.96, understood: 0.86 },
  /**
   * messages-seventh.json: first measured 130/167 facts (77.8%) and 15/42 understood, before any
   * rule was changed for it (the sixth table's families were in); 142/167 (85.0%) and 24/42 with
   * the families its misses showed.
   */
  seventh: { facts: 0.84, understood: 0.55 },
  /**
   * messages-eighth.json: first measured 114/154 facts (74.0%) and 20/59 understood, before any
   * rule was changed for it (the seventh table's families and the 'through Outlook' reading were in;
   * 117/157 and 21/59 after three labels were corrected to the README rules); 148/157 (94.3%) and
   * 44/59 with the families its misses showed.
   */
  eighth: { facts: 0.94, understood: 0.74 },
  /**
   * messages-ninth.json: first measured 132/189 facts (69.8%) and 20/56 understood, before any rule
   * was changed for it (the seventh table's families were in); 170/189 (89.9%) and 36/56 with the
   * families its misses showed.
   */
  ninth: { facts: 0.89, understood: 0.64 },
  /**
   * messages-tenth.json: first measured 229/273 facts (83.9%) and 25/56 understood, before any rule
   * was changed for it (the ninth table's families were in); 257/273 (94.1%) and 42/56 with the
   * families its misses showed.
   */
  tenth: { facts: 0.94, understood: 0.74 },
  /**
   * messages-eleventh.json (typed as on a phone: no commas or full stops, shorthand, glued and
   * spoken port numbers): first measured 93/140 facts (66.4%) and 15/57 understood, before any rule
   * was changed for it (the ninth table's families were in); 107/140 (76.4%) and 26/57 with the
   * classes its misses showed (glued and spelled-out ports and letters, shorthand, a place that
   * works starting a new statement, a change then "now", a count of people as no port); 121/140
   * (86.4%) and 35/57 with the classes the thirteenth table's misses shared with it.
   */
  eleventh: { facts: 0.86, understood: 0.61 },
  /**
   * messages-twelfth.json (small businesses on a desktop: copiers, NAS, CCTV, POS, alarm panels,
   * UPS cards, web shops and invoicing software, providers by current, former and short brands):
   * first measured 247/310 facts (79.7%) and 25/76 understood, before any rule was changed for it
   * (the eleventh table's classes were in; 250/314 and 28/76 after four labels were corrected to the
   * README's rules and the other tables' reading of them); 302/314 (96.2%) and 58/76 with the
   * classes its misses showed (a stop said with its moment or its change, the place that works and
   * its own provider, small-business senders, a server that delivers itself in four languages, a
   * provider renamed after its name or named alone).
   */
  twelfth: { facts: 0.96, understood: 0.76 },
  /**
   * messages-thirteenth.json (typed as on a phone, written before reading the rules): first
   * measured 173/210 facts (82.4%) and 31/70 understood, before any rule was changed for it (the
   * eleventh table's classes were in; 175/212 and 33/70 after two labels were corrected to the
   * README rules); 202/212 (95.3%) and 55/70 with the classes its misses showed (a name split by
   * autocorrect, an app named by the mail it sends and the server it runs on, encryption as a
   * settings screen shows it, receiving that works, a stop said around the change, a place that
   * works in everyday words, a provider's service and someone else's line).
   */
  thirteenth: { facts: 0.95, understood: 0.78 },
  /**
   * messages-fourteenth.json (English as a second language, as ESP support desks see it from South
   * Asia, South-East Asia, Africa, the Middle East, Latin America and Eastern Europe: "mails are not
   * going", "kindly help", "pls revert", articles dropped, tenses mixed): first measured 244/304 facts
   * (80.3%) and 29/79 understood, before any rule was changed for it (the twelfth table's classes
   * were in; 249/309 and 31/79 after five labels gained sender: direct-server by the README's rule);
   * 294/309 (95.1%) and 60/79 with the classes its misses showed ("from" a time as "since", a stop
   * with its tense left out or its change said with a verb, "unable to send" and "not going" beside
   * working incoming mail, "it is going" and "sending ok" as working, localhost as a place,
   * providers of South Asia, Asia, Africa and the Middle East, a server sending to a relay, "not
   * connecting", frameworks, pages and "smtp client" as senders).
   */
  fourteenth: { facts: 0.95, understood: 0.75 },
  /**
   * messages-fifteenth.json (distractors and history: a mail host beside the line's ISP, a former
   * provider, a port corrected or tried before, what the helpdesk tried, an IT person or developer
   * writing for a client, errors quoted in prose, long rambling and very short messages): first
   * measured 298/362 facts (82.3%) and 30/80 understood, before any rule was changed for it (the
   * fourteenth table's classes were in; 302/364 and 32/80 after five labels were corrected to the
   * README rules, 304/361 and 34/80 after four more); 336/361 (93.1%) and 56/80 with the classes its misses
   * showed (of several providers, one had before or named as the mailbox is not the line; a port
   * taken back or moved to after one tried; a stop said with its day, "until" or since someone
   * came; a port test in the part after the port; a mail host beside a program; someone advising
   * and an app password as no app); 343/361 (95.0%) and 61/80 after a second round (a move of home
   * or office then "now", since the weekend, mail sent to a provider as its users', a server behind
   * a relay, how long a port worked before it stopped, Oi with its article).
   */
  fifteenth: { facts: 0.94, understood: 0.76 },
  /**
   * messages-sixteenth.json (non-technical home users and retirees: what they see on screen, things
   * named loosely, the mailbox provider beside or instead of the line's ISP, a grandchild or a shop
   * that set things up, rarely a port): first measured 265/299 facts (88.6%) and 43/77 understood,
   * before any rule was changed for it (the fifteenth table's classes were in; 269/302 and 45/77 after
   * four labels were corrected to the README rules); 284/302 (94.0%) and 57/77 with the classes its
   * misses showed (a password wanted again and the password box, relaying "not allowed", the other
   * device where it "does", a stop since an update said with its verb, since the customer changed
   * something, it worked weeks ago or with the provider before, the provider moved to then "now", a
   * setting put back then "now", a person named by the website and the phone's Mail app as no app,
   * a modem on a data bundle as a mobile line).
   */
  sixteenth: { facts: 0.93, understood: 0.73 },
};

let library: Library;
let context: UnderstandContext;

const readTable = async (file: string) => z.array(messageSchema).parse(JSON.parse(await readFile(file, 'utf8')));

beforeAll(async () => {
  library = await loadLibrary();
  context = { understanding: library.understanding, isps: library.isps, classifier: compileRules(library.diagnose) };
}, 60_000);

/** Facts the table leaves out because another fact says them (a named program is sent by a program). */
function implied(expected: Facts, fact: string, value: string): boolean {
  return (
    (fact === 'sender' && value === 'program' && expected.client !== undefined) ||
    (fact === 'connection' &&
      value === 'cloud' &&
      library.isps.some((i) => i.slug === expected.isp && i.kind === 'cloud'))
  );
}

type Score = { facts: number; right: number; messages: number; understood: number; misses: Array<string> };

function score(list: ReadonlyArray<Message>): Score {
  const treeContext = { isps: new Map(library.isps.map((i) => [i.slug, i])), config: library.config };
  const result: Score = { facts: 0, right: 0, messages: list.length, understood: 0, misses: [] };
  for (const m of list) {
    const state = walk(library.tree, {}, treeContext);
    const current = state.kind === 'question' ? { fact: state.id, options: state.options } : undefined;
    const read: Facts = understand(m.text, current, {}, context).facts;
    const wrong: Array<string> = [];
    for (const [fact, value] of Object.entries(m.facts)) {
      result.facts += 1;
      if (read[fact as keyof Facts] === value) {
        result.right += 1;
      } else {
        wrong.push(`${fact}: ${String(read[fact as keyof Facts])} ≠ ${value}`);
      }
    }
    for (const [fact, value] of Object.entries(read)) {
      if (m.facts[fact as keyof Facts] === undefined && value !== undefined && !implied(m.facts, fact, value)) {
        wrong.push(`${fact}: ${value} (not stated)`);
      }
    }
    if (wrong.length === 0) {
      result.understood += 1;
    } else {
      result.misses.push(`${m.id} [${wrong.join('; ')}] ${m.text}`);
    }
  }
  return result;
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

function report(name: string, messages: ReadonlyArray<Message>): Score {
  const all = score(messages);
  const lines = [
    `${name}: facts ${all.right}/${all.facts} (${percent(all.right, all.facts)}), understood ${all.understood}/${all.messages} (${percent(all.understood, all.messages)})`,
  ];
  for (const lang of ['en', 'de', 'fr', 'es', 'pt'] as const) {
    const s = score(messages.filter((m) => m.lang === lang));
    lines.push(
      `  ${lang}: facts ${s.right}/${s.facts} (${percent(s.right, s.facts)}), understood ${s.understood}/${s.messages} (${percent(s.understood, s.messages)})`,
    );
  }
  if (process.env.CHAT_MISSES) {
    lines.push(...all.misses);
  }
  // The report, for the closing note; the assertions are the floors.
  process.stdout.write(`${lines.join('\n')}\n`);
  return all;
}

const tables = [
  { name: 'table', file: 'messages.json', about: 'from real posts (the corpus table)' },
  {
    name: 'later',
    file: 'messages-later.json',
    about: 'written after the first rules (measured 92.1% and 75.0% before the families they missed were added)',
  },
  {
    name: 'fresh',
    file: 'messages-fresh.json',
    about:
      'from a third set of posts, written before reading the rules (first measured 76.2% of facts and 24 of 54 understood, the honest figure for unseen text; 95.8% and 44 of 54 now)',
  },
  {
    name: 'fourth',
    file: 'messages-fourth.json',
    about:
      'from a fourth set of posts, written before reading the rules (first measured 77.0% of facts and 25 of 66 understood; 93.5% and 50 of 66 now)',
  },
  {
    name: 'fifth',
    file: 'messages-fifth.json',
    about:
      'from a fifth set of posts, written before reading the rules (first measured 77.4% of facts and 18 of 44 understood; 97.0% and 37 of 44 now)',
  },
  {
    name: 'sixth',
    file: 'messages-sixth.json',
    about:
      'from a sixth set of posts, written before reading the rules (first measured 74.6% of facts and 31 of 79 understood, the estimate for held-out text; 96.8% and 68 of 79 now)',
  },
  {
    name: 'seventh',
    file: 'messages-seventh.json',
    about:
      'from a seventh set of posts, written before reading the rules (first measured 77.8% of facts and 15 of 42 understood, on the rules after the sixth table; 85.0% and 24 of 42 now)',
  },
  {
    name: 'eighth',
    file: 'messages-eighth.json',
    about:
      'from an eighth set of posts, written before reading the rules (first measured 74.0% of facts and 20 of 59 understood, on the rules after the seventh table; 94.3% and 44 of 59 now)',
  },
  {
    name: 'ninth',
    file: 'messages-ninth.json',
    about:
      'from a ninth set of posts, written before reading the rules (first measured 69.8% of facts and 20 of 56 understood, on the rules after the seventh table; 89.9% and 36 of 56 now)',
  },
  {
    name: 'tenth',
    file: 'messages-tenth.json',
    about:
      'from a tenth set of posts, written before reading the rules (first measured 83.9% of facts and 25 of 56 understood, on the rules after the ninth table; 94.1% and 42 of 56 now)',
  },
  {
    name: 'eleventh',
    file: 'messages-eleventh.json',
    about:
      'typed as on a phone, from an eleventh set of posts, written before reading the rules (first measured 66.4% of facts and 15 of 57 understood, on the rules after the ninth table; 86.4% and 35 of 57 now)',
  },
  {
    name: 'twelfth',
    file: 'messages-twelfth.json',
    about:
      'from small businesses on a desktop, a twelfth set of posts, written before reading the rules (first measured 79.7% of facts and 25 of 76 understood, on the rules after the eleventh table; 96.2% and 58 of 76 now)',
  },
  {
    name: 'thirteenth',
    file: 'messages-thirteenth.json',
    about:
      'typed as on a phone, from a thirteenth set of posts, written before reading the rules (first measured 82.4% of facts and 31 of 70 understood, on the rules after the eleventh table; 95.3% and 55 of 70 now)',
  },
  {
    name: 'fourteenth',
    file: 'messages-fourteenth.json',
    about:
      'in English as a second language, a fourteenth set of posts, written before reading the rules (first measured 80.3% of facts and 29 of 79 understood, on the rules after the twelfth table; 95.1% and 60 of 79 now)',
  },
  {
    name: 'fifteenth',
    file: 'messages-fifteenth.json',
    about:
      'with distractors and history, a fifteenth set of posts, written before reading the rules (first measured 82.3% of facts and 30 of 80 understood, on the rules after the fourteenth table; 95.0% and 61 of 80 now)',
  },
  {
    name: 'sixteenth',
    file: 'messages-sixteenth.json',
    about:
      'from home users and retirees, a sixteenth set of posts, written before reading the rules (first measured 88.6% of facts and 43 of 77 understood, on the rules after the fifteenth table; 94.0% and 57 of 77 now)',
  },
] as const satisfies ReadonlyArray<{ name: keyof typeof floors; file: string; about: string }>;

test.for(tables)('typed first messages $about: facts read and messages fully understood', async ({ name, file }) => {
  const all = report(name, await readTable(`test/fixtures/chat/${file}`));
  expect(all.right / all.facts).toBeGreaterThanOrEqual(floors[name].facts);
  expect(all.understood / all.messages).toBeGreaterThanOrEqual(floors[name].understood);
});
