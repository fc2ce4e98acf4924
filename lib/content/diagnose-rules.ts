// content/diagnose/*.yaml: the classifier's layers (codes, identities, context, phrases), its
// scoring and its explanations, each checked so a broken or dangerous entry fails the build with
// the file and line named.
import { factValues, type FactName } from '../vocabulary/facts';
import type { Problem } from './problems';
import {
  codesFileSchema,
  contextFileSchema,
  diagnosesFileSchema,
  identitiesFileSchema,
  phrasesFileSchema,
  scoringFileSchema,
  type CodesFile,
  type DiagnoseRules,
  type PhrasesFile,
  type ScoringFile,
} from './schema';
import { parseYaml } from './yaml';

/** The files of content/diagnose/, by the name the classifier gives each layer. */
export const diagnoseFiles = {
  diagnoses: 'diagnoses.yaml',
  codes: 'codes.yaml',
  identities: 'identities.yaml',
  context: 'context.yaml',
  phrases: 'phrases.yaml',
  scoring: 'scoring.yaml',
} as const;
type Layer = keyof typeof diagnoseFiles;

function checkImplied(implies: Record<string, string> | undefined, where: string, file: string): Array<Problem> {
  return Object.entries(implies ?? {}).flatMap(([fact, value]) => {
    const allowed: ReadonlyArray<string> = factValues[fact as FactName] ?? [];
    return allowed.includes(value)
      ? []
      : [{ file, message: `${where}: implies ${fact}: "${value}", which is not one of ${allowed.join(', ')}` }];
  });
}

function checkUnique(ids: ReadonlyArray<string>, where: string, file: string): Array<Problem> {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    const twice = seen.has(id);
    seen.add(id);
    return twice ? [{ file, message: `${where}: "${id}" is listed twice; remove one` }] : [];
  });
}

/** Every `ask` names a question of diagnoses.yaml. */
function checkQuestions(
  questions: ReadonlySet<string>,
  files: Record<Layer, { file: string }>,
  layers: { codes?: CodesFile | undefined; phrases?: PhrasesFile | undefined; scoring?: ScoringFile | undefined },
): Array<Problem> {
  const asks: Array<[Layer, string, string | undefined]> = [
    ...Object.entries(layers.codes ?? {}).flatMap(([part, table]) =>
      Object.entries(table).map(([code, m]): [Layer, string, string | undefined] => ['codes', `${part}.${code}`, m.ask]),
    ),
    ...(layers.phrases?.families ?? []).map((f, i): [Layer, string, string | undefined] => [
      'phrases',
      `families[${i}] (${f.id})`,
      f.ask,
    ]),
    ...Object.entries(layers.scoring?.meanings ?? {}).map(([kind, m]): [Layer, string, string | undefined] => [
      'scoring',
      `meanings.${kind}`,
      m.ask,
    ]),
    ['scoring', 'fromServer', layers.scoring?.fromServer.ask],
  ];
  return asks.flatMap(([layer, where, ask]) =>
    ask === undefined || questions.has(ask)
      ? []
      : [
          {
            file: files[layer].file,
            message: `${where}: asks "${ask}", which is not one of the questions in ${diagnoseFiles.diagnoses} (${[...questions].join(', ')})`,
          },
        ],
  );
}

/** Parses the six files (text and display path of each) into the classifier's data. */
export function parseDiagnoseRules(
  files: Record<Layer, { text: string; file: string }>,
  esp: DiagnoseRules['esp'],
): { rules?: DiagnoseRules; problems: Array<Problem> } {
  const problems: Array<Problem> = [];
  const parse = <S extends Parameters<typeof parseYaml>[1]>(layer: Layer, schema: S) => {
    const parsed = parseYaml(files[layer].text, schema, files[layer].file);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    return parsed.value;
  };
  const diagnoses = parse('diagnoses', diagnosesFileSchema);
  const codes = parse('codes', codesFileSchema);
  const identities = parse('identities', identitiesFileSchema);
  const context = parse('context', contextFileSchema);
  const phrases = parse('phrases', phrasesFileSchema);
  const scoring = parse('scoring', scoringFileSchema);
  if (diagnoses) {
    for (const [id, d] of Object.entries(diagnoses.diagnoses)) {
      problems.push(...checkImplied(d.implies, `diagnoses.${id}`, files.diagnoses.file));
    }
  }
  if (identities) {
    const file = files.identities.file;
    problems.push(
      ...checkUnique(
        identities.errno.map((e) => e.name),
        'errno',
        file,
      ),
      ...checkUnique(
        identities.names.map((n) => n.name.toLowerCase()),
        'names',
        file,
      ),
      ...checkUnique(
        identities.hresults.map((h) => h.code),
        'hresults',
        file,
      ),
    );
  }
  if (context) {
    context.writers.forEach((w, i) =>
      problems.push(...checkImplied(w.implies, `writers[${i}] (${w.id})`, files.context.file)),
    );
  }
  if (phrases) {
    const file = files.phrases.file;
    problems.push(
      ...checkUnique(
        phrases.families.map((f) => f.id),
        'families',
        file,
      ),
    );
    phrases.families.forEach((f, i) => problems.push(...checkImplied(f.implies, `families[${i}] (${f.id})`, file)));
  }
  if (phrases && scoring) {
    const families = new Set(phrases.families.map((f) => f.id));
    for (const id of scoring.ownReport.filter((f) => !families.has(f))) {
      problems.push({
        file: files.scoring.file,
        message: `ownReport: "${id}" is not a phrase family in ${files.phrases.file}; name one of its families' ids`,
      });
    }
  }
  if (diagnoses) {
    problems.push(...checkQuestions(new Set(Object.keys(diagnoses.questions)), files, { codes, phrases, scoring }));
  }
  if (problems.length > 0 || !diagnoses || !codes || !identities || !context || !phrases || !scoring) {
    return { problems };
  }
  return { rules: { ...diagnoses, codes, identities, context, phrases, scoring, esp }, problems };
}
