// Every schema for files in content/. Types come from z.infer; nothing here reads files.
import { z } from 'zod';

import { contrastRatio } from '../colour';
import { patternProblem } from './regex';
import {
  connectionKinds,
  diagnosisIds,
  findingIds,
  impliedFactNames,
  meanings,
  pseudoMeanings,
  signals,
} from '../vocabulary/diagnoses';
import { confidenceLevels, exceptionMethods, exceptionRequirements, submissionStatuses } from '../vocabulary/directory';
import { factNames, ispConnections, port25Statuses, portTestResults } from '../vocabulary/facts';
import { factWords, wordsFor } from '../vocabulary/words';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "smtp-ports"');

const hostName = z
  .string()
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
    'expected a fully qualified host name such as smtp.example.net',
  );

const port = z.int().min(1).max(65535);

const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour such as #0b5cad');

/** Colours the page itself uses behind the accent colour (see app/globals.css). */
export const pageBackgrounds = { light: '#ffffff', dark: '#121417' } as const;

function readableOn(background: string) {
  return (colour: string) => contrastRatio(colour, background) >= 4.5;
}

/** A mail server the ESP runs: for mail programs (submission) or for on-site servers (relay). */
const mailServiceSchema = z.strictObject({
  host: hostName,
  /** Port with STARTTLS; every mail program supports it. */
  starttlsPort: port,
  /** Port with implicit TLS ("SSL/TLS"), if the ESP offers one. */
  tlsPort: port.optional(),
  /** Extra STARTTLS port for networks that filter 587 too (often 2525). */
  alternatePort: port.optional(),
  /** How the user name field should be described, e.g. "your full email address". */
  username: z.string().min(3).max(120),
  /** How the password field should be described. */
  password: z.string().min(3).max(160).optional(),
  /**
   * Whether this host accepts connections on port 25 (with STARTTLS and sign-in, like its other
   * ports). ESP configuration, not a given: Postmark, SendGrid, Mailgun and Amazon SES do, Gmail
   * does not. Text that tests or uses port 25 to this host depends on it ({{#if smtp.port.25}}).
   */
  port25: z.boolean({ error: 'say whether this host accepts connections on port 25: port25: true or port25: false' }),
});

/** An SMTP reply as the ESP's servers send it: code, enhanced status code, text. */
const smtpReply = z
  .string()
  .regex(/^[45]\d\d [45]\.\d{1,3}\.\d{1,3} \S.{2,200}$/, 'expected a reply such as "451 4.7.1 Rate limit exceeded"');

export const siteConfigSchema = z.strictObject({
  name: z.string().min(2).max(40),
  /** Shown under the name in the header and in page titles of the home page. */
  tagline: z.string().min(2).max(80),
  /** Public address of this help site, used for canonical URLs, the sitemap and OG images. */
  baseUrl: httpsUrl,
  /** BCP 47 language tag of the content. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as en or en-GB'),
  website: httpsUrl,
  colours: z.strictObject({
    accent: hexColour.refine(readableOn(pageBackgrounds.light), {
      error: `the accent colour must have a contrast of at least 4.5:1 on white (${pageBackgrounds.light}); pick a darker colour`,
    }),
    accentDark: hexColour.refine(readableOn(pageBackgrounds.dark), {
      error: `accentDark must have a contrast of at least 4.5:1 on the dark background (${pageBackgrounds.dark}); pick a lighter colour`,
    }),
  }),
  submission: mailServiceSchema,
  relay: mailServiceSchema,
  /** DNS records a customer publishes so receivers accept mail sent through the ESP (SPF, DKIM). */
  dns: z
    .strictObject({
      /** The domain in the customer's SPF record: "include:<spfInclude>". */
      spfInclude: z
        .string()
        .regex(
          /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
          'expected a domain such as _spf.example.net',
        ),
      /** The DKIM selector, the left part of "<selector>._domainkey.<customer domain>". */
      dkimSelector: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/i, 'expected a DKIM selector such as em1'),
      /** Where the customer finds the value of the DKIM record, e.g. "in your account under Domains". */
      dkimRecord: z.string().min(10).max(160),
    })
    .optional(),
  support: z.strictObject({
    email: z.email(),
    url: httpsUrl,
    phone: z.string().min(5).max(40).optional(),
    hours: z.string().max(80).optional(),
  }),
  /** What the ESP's own servers answer when they refuse mail for the account's sake, not the network's. */
  refusals: z
    .strictObject({
      suspended: smtpReply,
      rateLimited: smtpReply,
      /** The limit in words, e.g. "1,000 messages an hour". */
      rateLimit: z.string().min(5).max(80),
      senderNotAllowed: smtpReply,
      /** Refusal when the account allows sign-in only from listed IP addresses or countries. */
      accessNotAllowed: smtpReply,
      /** After this many failed sign-ins within `minutes`, connections from that address are refused for `blockMinutes`. */
      lockout: z.strictObject({
        failures: z.int().min(2).max(1000),
        minutes: z.int().min(1).max(1440),
        blockMinutes: z.int().min(1).max(10080),
      }),
    })
    .optional(),
  /** Websites that may show the chat in a frame (the launcher snippet); EMBED_ORIGINS overrides. */
  embed: z
    .strictObject({
      origins: z.array(
        z.url({ protocol: /^https?$/ }).refine((u) => new URL(u).origin === u.replace(/\/$/, ''), {
          error: 'an origin is a scheme and a host, such as https://www.example.net, with no path',
        }),
      ),
    })
    .optional(),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;

export const categoriesSchema = z
  .array(
    z.strictObject({
      id: slug,
      title: z.string().min(2).max(60),
      description: z.string().min(10).max(200),
    }),
  )
  .min(1)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { error: 'category ids must be unique' });
export type Category = z.infer<typeof categoriesSchema>[number];

const sourceSchema = z.strictObject({
  title: z.string().min(3).max(200),
  url: httpsUrl,
});

export const articleFrontmatterSchema = z.strictObject({
  title: z.string().min(3).max(90),
  summary: z.string().min(20).max(200),
  category: slug,
  tags: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9 .+-]*$/, 'tags are lowercase words, e.g. "port 25"'))
    .min(1)
    .max(8),
  /** When the facts were last checked (YYYY-MM-DD). Shown as "Last reviewed". */
  reviewed: z.iso.date({ error: 'expected a date written YYYY-MM-DD' }),
  sources: z.array(sourceSchema).min(1),
  related: z.array(slug).max(6).default([]),
  /** Position among the "most useful" articles on the home page. */
  featured: z.int().min(1).max(50).optional(),
  /** A troubleshooter state this article is the natural entry to, e.g. "sender=program&client=thunderbird". */
  start: z.string().min(3).max(300).optional(),
});
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

export const articleSlugSchema = slug;

export const redirectsSchema = z.array(
  z.strictObject({
    from: z.string().regex(/^\/[^\s?#]*$/, 'expected a path such as /articles/old-slug'),
    to: z.string().regex(/^\/[^\s]*$/, 'expected a path such as /articles/new-slug'),
  }),
);
export type Redirect = z.infer<typeof redirectsSchema>[number];

/** A year, a month or a day, as precise as the source is: "2009", "2009-09", "2009-09-14". */
const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected 2009, 2009-09 or 2009-09-14');

const isoDate = z.iso.date({ error: 'expected a date written YYYY-MM-DD' });

/** A citation may be an old http:// page; it is linked, never fetched. */
const sourceUrl = z.url({ protocol: /^https?$/, error: 'expected the https:// (or http://) address of the source' });

const ispSourceSchema = z.strictObject({
  title: z.string().min(3).max(200),
  url: sourceUrl,
  /** When the source was published, or "undated" when it does not say. */
  published: z.union([partialDate, z.literal('undated')]),
  /** The day we read it: the entry is "sourced" from it on that day. */
  read: isoDate,
  /** The connection types this source names (a port 25 status needs a source that names its type). */
  connections: z.array(z.enum(ispConnections)).default([]),
});

const port25EntrySchema = z.strictObject({
  status: z.enum(port25Statuses),
  /** The year the policy was reported in (shown as "as reported in <year>"), or "undated" when the source has no date. */
  reported: z.union([z.string().regex(/^\d{4}$/, 'expected a year such as 2009, or undated'), z.literal('undated')]),
  note: z.string().max(300).optional(),
});

export const ispSchema = z.strictObject({
  name: z.string().min(2).max(60),
  /** What customers type: brands, former and later names, common misspellings (lowercase). */
  aliases: z
    .array(
      z
        .string()
        .min(2)
        .max(60)
        .regex(/^[^A-Z]*$/, 'write aliases in lowercase'),
    )
    .min(1),
  /** ISO 3166-1 alpha-2 code, or "global" for providers that serve many countries (cloud hosts). */
  country: z.union([z.string().regex(/^[A-Z]{2}$/, 'expected a country code such as GB or LC'), z.literal('global')]),
  kind: z.enum(['isp', 'mobile', 'cloud']),
  /** One or two sentences, with "as reported in <year>". */
  summary: z.string().min(20).max(300),
  /** Outbound port 25 per connection type; a connection type not listed is unknown. */
  port25: z.partialRecord(z.enum(ispConnections), port25EntrySchema),
  submission: z.strictObject({
    port587: z.enum(submissionStatuses),
    port465: z.enum(submissionStatuses),
    note: z.string().max(300).optional(),
  }),
  /** The ISP's own outgoing relay, if known. */
  smartHost: z
    .strictObject({
      host: hostName.optional(),
      note: z.string().max(300).optional(),
    })
    .optional(),
  exception: z.strictObject({
    available: z.enum(['yes', 'no', 'unknown']),
    requirements: z.array(z.enum(exceptionRequirements)).default([]),
    routes: z
      .array(
        z.strictObject({
          method: z.enum(exceptionMethods),
          detail: z.string().max(200),
          url: httpsUrl.optional(),
          /** Where a request can be emailed; the letter page then offers a ready email. */
          email: z.email().optional(),
          /** The year the route was reported in, or "undated": an old route is shown with a warning. */
          reported: z.string().regex(/^(?:\d{4}|undated)$/, 'expected a year such as 2012, or undated'),
        }),
      )
      .default([]),
    note: z.string().max(400).optional(),
  }),
  /** Empty only for an ISP nobody found a source for: every fact then stays unknown. */
  sources: z.array(ispSourceSchema),
  /**
   * The day someone re-read the sources and found the entry still right. Only a real re-check:
   * it must be later than every source's "read" date (the first reading is "sourced", not verified).
   */
  verified: isoDate.optional(),
  /** How sure we are that the entry is still accurate today ("high" needs dated sources). */
  confidence: z.enum(confidenceLevels),
});
export type Isp = z.infer<typeof ispSchema>;

const nodeId = slug;

/** "article-slug" or "article-slug#section-id": a place in the knowledge base. */
const articleRef = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/,
    'expected an article slug, optionally with #section-id',
  );

/** An answer to a question: a value of its fact. How it reads comes from the vocabulary (lib/vocabulary/words.ts). */
const optionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'option ids are lowercase words joined by hyphens'),
  next: nodeId,
  /** Show this option only when these facts have one of these values. */
  only: z.partialRecord(z.enum(factNames), z.array(z.string()).min(1)).optional(),
  /** The article section with this option's own steps (a mail program's or a server's settings). */
  article: articleRef.optional(),
});

const questionSchema = z.strictObject({
  kind: z.literal('question'),
  text: z.string().min(3).max(200),
  /** For agents and authors only (shown in the agent view), never to customers. */
  note: z.string().max(400).optional(),
  /** Markdown shown under the question. */
  help: z.string().max(4000).optional(),
  /** Help that depends on a fact already known, e.g. test commands per operating system. */
  helpBy: z
    .strictObject({
      fact: z.enum(factNames),
      variants: z.record(z.string(), z.string().max(4000)),
    })
    .optional(),
  options: z.array(optionSchema).min(2).optional(),
  /** Options come from the ISP directory (plus "other or don't know"), and all lead to `next`. */
  directory: z.strictObject({ next: nodeId }).optional(),
});

const checkSchema = z.strictObject({
  kind: z.literal('check'),
  /** A fact, or a derived fact such as isp-port25 (see lib/troubleshoot/derive.ts). */
  on: z.string().min(1),
  /** Optional note for authors and agents on why this check exists. */
  note: z.string().max(400).optional(),
  branches: z.record(z.string(), nodeId),
  otherwise: nodeId.optional(),
});

const outcomeSchema = z.strictObject({
  kind: z.literal('outcome'),
  /** The answer in content/answers/; defaults to the node id. */
  answer: slug.optional(),
});

/** content/troubleshoot/tree.yaml as written. */
export const treeFileSchema = z.strictObject({
  start: nodeId,
  nodes: z.record(nodeId, z.discriminatedUnion('kind', [questionSchema, checkSchema, outcomeSchema])),
});
export type TreeFile = z.infer<typeof treeFileSchema>;

/** A question's options with the vocabulary's words for them (an unknown fact or value fails checkTree). */
function withWords(fact: string, question: z.infer<typeof questionSchema>) {
  const words = (value: string) => {
    const found = factNames.find((f) => f === fact);
    return (found && wordsFor(found, value)) ?? { label: value, name: value };
  };
  const { options, directory, ...rest } = question;
  return {
    ...rest,
    ...(options ? { options: options.map((o) => ({ ...o, label: words(o.id).label, name: words(o.id).name })) } : {}),
    ...(directory ? { directory: { ...directory, otherLabel: factWords.isp.other.label } } : {}),
  };
}

/** The tree as the engine reads it: every option labelled and named by the vocabulary. */
export const treeSchema = treeFileSchema.transform((tree) => ({
  ...tree,
  nodes: Object.fromEntries(
    Object.entries(tree.nodes).map(([id, node]) => [id, node.kind === 'question' ? withWords(id, node) : node]),
  ),
}));
export type Tree = z.infer<typeof treeSchema>;
export type TreeNode = Tree['nodes'][string];
export type QuestionNode = Extract<TreeNode, { kind: 'question' }>;
export type CheckNode = Extract<TreeNode, { kind: 'check' }>;
export type TreeOption = NonNullable<QuestionNode['options']>[number];

export const answerKinds = ['remedy', 'letter', 'escalate', 'not-a-port-block'] as const;

export const answerFrontmatterSchema = z.strictObject({
  title: z.string().min(3).max(90),
  summary: z.string().min(20).max(200),
  kind: z.enum(answerKinds),
  /** What an agent pastes into a ticket; placeholders work, the answer's link is added after it. */
  reply: z.string().min(20).max(1200),
  /** Article sections to read next. */
  sections: z.array(articleRef).max(6).default([]),
  /** "steps": include the settings steps for the case's mail program or server software. */
  embed: z.literal('steps').optional(),
  /** For agents and authors only (shown in the agent view), never to customers. */
  note: z.string().max(600).optional(),
  reviewed: z.iso.date({ error: 'expected a date written YYYY-MM-DD' }),
});
export type AnswerFrontmatter = z.infer<typeof answerFrontmatterSchema>;

const impliedFactsSchema = z.partialRecord(z.enum(impliedFactNames), z.string().min(1).max(40));

/** A classifier pattern: valid, bounded, lowercase, with a plain word every match contains. */
const patternSchema = z
  .string()
  .min(3)
  .max(300)
  .superRefine((source, ctx) => {
    const problem = patternProblem(source);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
    }
  });

/** A pattern over one lowercase host name. */
const hostPatternSchema = z
  .string()
  .min(3)
  .max(200)
  .superRefine((source, ctx) => {
    const problem = patternProblem(source, { needsWords: false });
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
    }
  });

/**
 * One idea written as a pattern: a regular expression, or a list of them (its wordings, in each
 * language or program) that count as one pattern.
 */
const conceptSchema = z.union([patternSchema, z.array(patternSchema).min(1).max(60)]);

const weightSchema = z.int().min(1).max(10);
const diagnosisText = z.strictObject({
  title: z.string().min(3).max(80),
  explain: z.string().min(10).max(500),
  /** The article section that explains it. */
  article: articleRef.optional(),
  /** The question that decides it when the text alone cannot. */
  question: z.string().min(5).max(200).optional(),
});

/** content/diagnose/diagnoses.yaml: the explanation layer. */
export const diagnosesFileSchema = z.strictObject({
  /** Questions the classifier asks when a text leaves a fact open, by id (`port` is the port's). */
  questions: z.record(slug, z.string().min(5).max(200)).refine((q) => 'port' in q, 'expected a "port" question'),
  /** What each diagnosis means in plain words, and what it tells the troubleshooter. */
  diagnoses: z.record(z.enum(diagnosisIds), diagnosisText.extend({ implies: impliedFactsSchema.optional() })),
  /** Headlines for what a text shows more precisely than its diagnosis. */
  // A finding may say more than its diagnosis to the troubleshooter too (basic-auth-off: the Microsoft 365 branch).
  findings: z.record(z.enum(findingIds), diagnosisText.extend({ implies: impliedFactsSchema.optional() })),
});

/**
 * What a piece of evidence leaves open: the other diagnoses the same words may mean ("blocked":
 * the block of the port in play; "tls-mode": a TLS setting that does not suit the port, where the
 * port can be one for SSL/TLS from the first byte), offered as alternatives while nothing decisive says which, and
 * the id of the question (diagnoses.yaml) that decides. An empty list: the evidence is decisive.
 */
const openFields = {
  open: z.array(z.enum([...diagnosisIds, 'blocked', 'tls-mode'])).optional(),
  ask: slug.optional(),
};

const codeMeaning = z.strictObject({
  text: z.string().min(3).max(160),
  means: z.enum(meanings).optional(),
  weight: weightSchema.optional(),
  ...openFields,
  /** A status the sending program writes about its own attempt: no proof a server answered. */
  local: z.boolean().optional(),
});

/** content/diagnose/codes.yaml: SMTP reply codes and enhanced status codes. */
export const codesFileSchema = z.strictObject({
  replies: z.record(z.string().regex(/^[2-5][0-5]\d$/, 'expected a reply code such as 550'), codeMeaning),
  subjects: z.record(z.string().regex(/^[0-7]$/, 'expected a subject digit 0 to 7'), codeMeaning),
  details: z.record(z.string().regex(/^[0-7]\.\d{1,3}$/, 'expected subject.detail such as 7.1'), codeMeaning),
});

const kindSchema = z.enum(connectionKinds);
const errnoNumber = z.int().min(-5000).max(20000);

/** content/diagnose/identities.yaml: errno, exception names and program codes. */
export const identitiesFileSchema = z.strictObject({
  errno: z.array(
    z.strictObject({
      name: z.string().regex(/^[A-Z][A-Z0-9_]{2,40}$/, 'expected an errno name such as ETIMEDOUT'),
      kind: kindSchema,
      linux: errnoNumber.optional(),
      macos: errnoNumber.optional(),
      windows: errnoNumber.optional(),
      libuv: errnoNumber.optional(),
    }),
  ),
  numberContexts: z.array(conceptSchema).min(1),
  names: z.array(
    z.strictObject({
      name: z.string().regex(/^[A-Za-z_][\w.:]{2,80}$/, 'expected a name such as SocketTimeoutException'),
      kind: kindSchema.optional(),
      runtime: z.enum(['java', 'dotnet', 'python', 'node', 'ruby', 'php', 'go']),
    }),
  ),
  hresults: z.array(
    z.strictObject({
      code: z.string().regex(/^0x[0-9A-F]{8}$/, 'expected an HRESULT such as 0x800CCC0E'),
      kind: kindSchema.optional(),
      text: z.string().min(3).max(160),
    }),
  ),
});

/** content/diagnose/context.yaml: ports, hosts and who wrote the text. */
export const contextFileSchema = z.strictObject({
  ports: z.strictObject({ relay: z.array(port).min(1), submission: z.array(port).min(1) }),
  hosts: z.strictObject({
    mx: z.array(hostPatternSchema),
    submission: z.array(hostPatternSchema),
    local: z.array(z.string().min(3).max(60)),
  }),
  organisations: z.array(z.array(z.string().regex(/^[a-z0-9.-]{3,80}$/, 'expected a domain such as example.net')).min(2)),
  writers: z.array(
    z.strictObject({
      id: slug,
      explain: z.string().min(5).max(200),
      implies: impliedFactsSchema.optional(),
      /** The text reports one delivery to a recipient's server: what failed may be that server's doing. */
      delivery: z.boolean().optional(),
      patterns: z.array(conceptSchema).min(1),
    }),
  ),
});

/** content/diagnose/phrases.yaml: phrase families. */
export const phrasesFileSchema = z.strictObject({
  families: z
    .array(
      z.strictObject({
        id: slug,
        means: z.enum(meanings),
        weight: weightSchema.optional(),
        ...openFields,
        /**
         * What it leaves open stays open even beside decisive evidence for the same diagnosis
         * (a certificate for another host is still "the certificate failed"): only evidence
         * for an alternative itself settles it.
         */
        staysOpen: z.literal(true).optional(),
        /** The headline (diagnoses.yaml findings) where this family speaks and we can't tell more. */
        finding: z.enum(findingIds).optional(),
        explain: z.string().min(5).max(200),
        implies: impliedFactsSchema.optional(),
        patterns: z.array(conceptSchema).min(1),
      }),
    )
    .min(1),
});

const signalWeight = z.strictObject({ signal: z.enum(signals), weight: weightSchema });
const share = z.number().min(0).max(1);

/** content/diagnose/scoring.yaml: what each finding weighs and how sure a score makes us. */
export const scoringFileSchema = z.strictObject({
  meanings: z.record(
    z.enum([...connectionKinds, ...pseudoMeanings]),
    z.strictObject({
      signals: z.array(signalWeight).min(1),
      ...openFields,
      /** A kind that only wraps a cause: where the text names one of these, it adds nothing. */
      givesWay: z.array(z.enum(meanings)).optional(),
    }),
  ),
  /** A mail server's own delivery (writer mta-log): what these kinds of evidence also leave open. */
  fromServer: z.strictObject({ kinds: z.array(z.enum(connectionKinds)), ...openFields }),
  /** A runner-up this share of the top, on decisive evidence of its own, is offered too. */
  contenderShare: share,
  numberDiscount: z.int().min(0).max(5),
  minimum: z.number().min(0).max(30),
  connectedRulesOut: z.array(z.enum(diagnosisIds)),
  /** Phrase families: a reply on a line where one speaks is the reporting server's status, no answer. */
  ownReport: z.array(slug),
  foreignGreeting: weightSchema,
  confidence: z.strictObject({
    base: share,
    spread: share,
    damping: z.number().min(0).max(20),
    max: share,
    none: share,
    portUnknown: share,
    ask: share,
    /** With alternatives offered, at most this sure, and this much less for each after the first. */
    withAlternatives: share,
    perAlternative: share,
  }),
  maxEvidence: z.int().min(1).max(200),
});

export type DiagnosesFile = z.infer<typeof diagnosesFileSchema>;
export type CodesFile = z.infer<typeof codesFileSchema>;
export type IdentitiesFile = z.infer<typeof identitiesFileSchema>;
export type ContextFile = z.infer<typeof contextFileSchema>;
export type PhrasesFile = z.infer<typeof phrasesFileSchema>;
export type ScoringFile = z.infer<typeof scoringFileSchema>;
/** Everything the classifier reads from content/, with the ESP's own name and hosts from site.yaml. */
export type DiagnoseRules = DiagnosesFile & {
  codes: CodesFile;
  identities: IdentitiesFile;
  context: ContextFile;
  phrases: PhrasesFile;
  scoring: ScoringFile;
  esp: { name: string; submission: string; relay: string };
};

export const letterAssurances = [
  'no-open-relay',
  'authenticated-staff',
  'spf-dkim-dmarc',
  'abuse-contact',
  'monitoring',
  'aup',
] as const;

/** Placeholders the template may use for the customer's answers. */
export const letterPlaceholders = [
  'business',
  'contact',
  'email',
  'phoneSuffix',
  'account',
  'address',
  'ispName',
  'connection',
  'ip',
  'hostname',
  'server',
  'volume',
  'kinds',
  'relayHosts',
  'justification',
] as const;
/** Conditions a letter paragraph may depend on, with the values each can take. */
export const letterConditions = {
  hasAccount: ['yes', 'no'],
  hasAssurances: ['yes', 'no'],
  destinations: ['relay-hosts', 'any'],
  ptr: ['yes', 'no', 'unsure'],
} as const;

export const letterTemplateSchema = z.strictObject({
  subject: z.string().min(10).max(200),
  greeting: z.strictObject({ route: z.string().min(3).max(120), generic: z.string().min(3).max(120) }),
  paragraphs: z
    .array(
      z.strictObject({
        when: z.partialRecord(z.enum(Object.keys(letterConditions) as [keyof typeof letterConditions]), z.string()).optional(),
        text: z.string().min(3).max(1200),
        /** Appends the ticked assurances as a list. */
        list: z.literal('assurances').optional(),
      }),
    )
    .min(3),
  closing: z.string().min(3).max(400),
  assurances: z.record(z.enum(letterAssurances), z.string().min(10).max(300)),
});
export type LetterTemplate = z.infer<typeof letterTemplateSchema>;

/** Languages the chat reads besides English. */
export const chatLanguages = ['en', 'es', 'fr', 'de', 'pt'] as const;

const phrase = z.string().min(1).max(60);
const phrases = z.array(phrase).min(1);
const byLanguage = z.record(z.enum(chatLanguages), phrases);
const byFact = <T extends z.ZodType>(value: T) => z.partialRecord(z.enum(factNames), value);

const familySchema = z.strictObject({
  all: z.array(phrases).min(2),
  within: z.int().min(2).max(30),
  order: z.enum(['any', 'given']).default('any'),
  /** Where the groups must stand together: one sentence, or one part of it ("login works, but sending failed"). */
  part: z.enum(['sentence', 'clause']).default('sentence'),
  withProvider: z.boolean().default(false),
  /** The group (counted from 0) that a denying word right before it turns around: "doesn't work on my phone". */
  affirm: z.int().min(0).optional(),
  /** No other fact is read from the family's words. */
  claims: z.boolean().default(false),
  /** The value counts only when no other value of its fact is named (as `weak` phrases). */
  weak: z.boolean().default(false),
  /** Phrases that take a group's words for something else: "on our data center" is no mobile data. */
  unless: phrases.optional(),
  /** Phrases that, anywhere in the family's sentence, make it mean something else: the same settings that worked "on the same machine" are before and after, not elsewhere. */
  notWith: phrases.optional(),
  /** The group (counted from 0) whose phrase must end its part of the sentence: "nothing has gone out since." */
  last: z.int().min(0).optional(),
});

/** content/chat/understanding.yaml: how the chat reads the words around the vocabulary's. */
export const understandingSchema = z.strictObject({
  languages: z.record(z.enum(chatLanguages), phrases),
  negation: z.strictObject({
    before: byLanguage,
    fillers: phrases,
    verbs: byLanguage,
    after: phrases,
    /** Denying words after a verb that, after a place and before a preposition, begin where it fails: "works on 4g not on wifi". */
    contrast: phrases,
    quantifiers: phrases,
    notIn: z.partialRecord(z.enum(chatLanguages), phrases),
  }),
  clauseBreaks: phrases,
  /** Chat shorthand read as the words it stands for ("msg" is message, "pw" is password). */
  shorthand: z.record(z.string().regex(/^[a-z0-9]+$/), z.string().min(1)),
  /**
   * A new statement begun without a comma, as typed on a phone: a place or network (`places`) with
   * a "works" word up to `within` words after it starts a new part of the sentence ("cant send a
   * thing at home its fine"). A port number is such a place too ("keeps timing out 587 works"),
   * but not after a port cue ("port 587 works"); a place after a linking word (`links`: "dados
   * moveis do telemovel", "los datos del celular") continues what it follows, as does one right after
   * another ("mobile broadband dongle") unless it begins with one of the `prepositions`.
   */
  statementStarts: z.strictObject({
    places: phrases,
    links: phrases,
    prepositions: phrases,
    within: z.number().int().min(1).max(8),
  }),
  prefer: byFact(z.array(z.string()).min(2)),
  vague: byFact(z.array(z.string()).min(1)),
  weak: byFact(z.record(z.string(), phrases)),
  towards: z.strictObject({
    words: phrases,
    facts: z.array(z.string()).min(1),
    except: phrases,
    /** Words before a mail program's name that make it the program used: "can't send through Outlook". */
    using: phrases,
    /** Words before a mail server's software that make it the customer's own: "through my own postfix". */
    own: phrases,
    /** Words before a server named after an app, which make it where the app runs: "vaultwarden on my home server". */
    runsOn: phrases,
  }),
  ambiguousIsps: phrases,
  provider: z.strictObject({
    names: phrases,
    cues: phrases,
    /** "Sky is my provider": a copula after a name, then a provider word, make it the provider. */
    copulas: phrases,
    /** "to a Comcast address", "an T-Online-Adressen": the recipient's mailbox provider, not the line's. */
    recipients: z.strictObject({
      before: phrases,
      after: phrases,
      /** Words of `before` that mean "to" in one language only (German "an"). */
      onlyIn: z.partialRecord(z.enum(chatLanguages), phrases).default({}),
    }),
    /** Words after a provider's name that make it a service mail goes through, not the line: "aws ses". */
    services: phrases,
    /** Words before a provider's name that make it someone else's line: "on her bt", "my mums virgin". */
    others: phrases,
  }),
  devices: z.strictObject({ names: phrases, joins: phrases }),
  former: z.strictObject({
    from: phrases,
    fromTo: phrases,
    to: phrases,
    moves: phrases,
    facts: z.array(z.enum(factNames)).min(1),
    /** Words that join two names of one provider: "Spark (used to be Telecom Xtra)", "Odido, formerly T-Mobile Thuis". */
    renamed: phrases,
    /** Verbs whose object is the provider left: "we left Comcast", "on a quitté Vidéotron". */
    left: phrases,
    /** Words right before a provider had before, when several are named: "it was with TalkTalk", "my old Shaw line". */
    before: phrases,
    /** Words right after a provider had before: "was comcast before", "not bell anymore". */
    after: phrases,
    /** Mailbox nouns: "my email is hosted with GoDaddy" names where the mailbox is, not the line. */
    mailbox: phrases,
  }),
  /** A pasted log's words about its own queue ("status=deferred"): weak, so the reason it gives wins. */
  logFields: phrases,
  /** Words around an app's name that make it no sender: "the helpdesk told me", "the app password". */
  notSender: z.strictObject({ speech: phrases, after: phrases }),
  hostMail: phrases,
  /** Words after a mail program's name that make it the mailbox: "an Outlook account". */
  programMail: phrases,
  ports: z.strictObject({
    numbers: z.array(z.string().regex(/^\d{2,5}$/)).min(1),
    needsCue: z.array(z.string().regex(/^\d{2,5}$/)),
    /** A number right before one of these counts things ("25 people in cc"): no port. */
    counted: phrases,
    cues: phrases,
    tried: phrases,
    triedAfter: phrases,
    advice: phrases,
    blocked: phrases,
    /** Words before a "works" word that make it about receiving: "imap works". */
    receiving: phrases,
    /** Words before the port a customer moved to: "switched to 587", "mudei para a 587". */
    switched: phrases,
    /** Words after a "works" word that make it the time it worked before a stop: "worked for years". */
    worked: phrases,
    /** Words after a port the customer corrects: "465, sorry I meant 587". */
    corrections: phrases,
    /**
     * A sending verb followed by a route word describes the way mail goes, not that it works: "my
     * app sends through our smtp on port 25", "geht raus über 587".
     */
    route: z.strictObject({ verbs: phrases, words: phrases }),
    /**
     * Numbers written as words, by the digits they stand for: "port five eight seven" (one word per
     * digit), "twenty-five" (one number). A run of them counts only when it makes a port in `numbers`.
     */
    spelled: z.record(z.string().regex(/^\d{1,5}$/), phrases),
  }),
  /** Encryption as a settings screen shows it: a tls word before `off` is denied, before `errors` is an error's word. */
  encryption: z.strictObject({ off: phrases, errors: phrases }),
  works: phrases,
  portTests: z.strictObject({
    commands: phrases,
    results: z.record(z.enum(portTestResults), phrases),
  }),
  families: byFact(z.record(z.string(), z.array(familySchema).min(1))),
});
export type Understanding = z.infer<typeof understandingSchema>;
export type Family = z.infer<typeof familySchema>;
