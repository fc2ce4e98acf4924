// Layer 2: error identities. Errno names and numbers, runtime and library error names, and
// Outlook/Windows codes, each read as the kind of failure it reports (identities.yaml).
import { wrappedWindowsError, type Classifier, type Identity } from './compile';
import type { LayerEvidence, Locate } from './evidence';
import type { PatternMatch } from './patterns';
import type { Found } from './sieve';

const wordChar = /[a-z0-9_]/;

function identityEvidence(identity: Identity, start: number, end: number, locate: Locate): LayerEvidence | undefined {
  if (!identity.kind) {
    return undefined;
  }
  const what = identity.number ? `error number for ${identity.name}` : identity.name;
  return {
    rule: identity.name,
    means: identity.kind,
    ...locate(start, end),
    layer: 'identity',
    explain: `${what}: a ${identity.kind.replace('-', ' ')} error.`,
  };
}

export type ReadIdentities = { evidence: Array<LayerEvidence>; runtimes: Set<string> };

export function readIdentities(
  norm: string,
  locate: Locate,
  found: Found,
  numbers: ReadonlyArray<PatternMatch>,
  classifier: Classifier,
): ReadIdentities {
  const evidence: Array<LayerEvidence> = [];
  const runtimes = new Set<string>();
  // Longest names first: Net::SMTPAuthenticationError is one identity, not also the shorter one.
  const covered: Array<[number, number]> = [];
  const named = found.filter(([literal]) => literal === wrappedWindowsError || classifier.identities.has(literal));
  for (const [literal, places] of named.sort((a, b) => b[0].length - a[0].length)) {
    const identity = classifier.identities.get(literal);
    if (identity) {
      for (const at of places) {
        const end = at + literal.length;
        // Whole words only: EPERM is not the start of EPERMISSION.
        if (wordChar.test(norm[at - 1] ?? ' ') || wordChar.test(norm[end] ?? ' ')) {
          continue;
        }
        if (covered.some(([a, b]) => a <= at && end <= b)) {
          continue;
        }
        covered.push([at, end]);
        if (identity.runtime) {
          runtimes.add(identity.runtime);
        }
        const e = identityEvidence(identity, at, end, locate);
        if (e) {
          evidence.push(e);
        }
        break;
      }
    } else if (literal === wrappedWindowsError) {
      // 0x8007274C is HRESULT_FROM_WIN32(10060): read the Windows error inside it.
      for (const at of places) {
        const hex = /^0x8007([0-9a-f]{4})\b/.exec(norm.slice(at, at + 11))?.[1];
        const wrapped = hex === undefined ? undefined : classifier.errnoByNumber.get(parseInt(hex, 16));
        const e = wrapped && identityEvidence(wrapped, at, at + 10, locate);
        if (e) {
          evidence.push({
            ...e,
            explain: `${e.match} wraps Windows error ${parseInt(hex ?? '0', 16)} (${wrapped.name}).`,
          });
        }
      }
    }
  }
  for (const m of numbers) {
    const n = Number(m.groups.find((g) => g !== undefined));
    const identity = classifier.errnoByNumber.get(n);
    const e = identity && identityEvidence(identity, m.start, m.end, locate);
    if (e && identity.kind) {
      // A number is a little less sure than a name: the same digits can mean other things.
      const scoring = classifier.rules.scoring;
      const base = scoring.meanings[identity.kind].signals[0]?.weight ?? 1;
      evidence.push({ ...e, rule: `${identity.name} (${n})`, weight: Math.max(1, base - scoring.numberDiscount) });
    }
  }
  return { evidence, runtimes };
}
