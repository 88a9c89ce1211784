/**
 * What the tellers must know about a candidate before and while counting: the targets area's eligibility
 * verdict (DOMAIN.md §6: a CSTĐCS without sáng kiến, HTXSNV or research is not eligible, whatever the
 * votes), each reason with the source of the school's chosen rule, and the caps (§7). A vote never makes an
 * ineligible candidate eligible, so a candidate shown "Đạt" who is not eligible is said so loudly.
 */
import type { DomainIssue } from '../../issues';
import type { SubjectTitleStatus, TargetsEvaluation } from '../../targets';
import { TITLES } from '../../titles';
import { keyOf, type Candidate, type CandidateKey, type RoundTally } from '..';

export interface CandidateWarning {
  key: CandidateKey;
  candidate: Candidate;
  verdict: 'not-eligible' | 'unknown';
  /** Vietnamese: every unmet (or unknown) condition, each as the targets area says it. */
  reasons: string[];
  /** The sources of those conditions, as the school's rules name them. */
  source: string;
  /** True when one of the conditions was not checked against the legal text. */
  unverified: boolean;
}

function statusFor(candidate: Candidate, targets: TargetsEvaluation): SubjectTitleStatus | undefined {
  const same = (s: SubjectTitleStatus) =>
    s.titleId === candidate.titleId && 'id' in s.subject && s.subject.id === candidate.id;
  return targets.people.find(same) ?? targets.teams.find(same);
}

function warningFor(candidate: Candidate, status: SubjectTitleStatus): CandidateWarning | null {
  const notRegistered = status.stage === 'not-registered';
  const { verdict } = status.eligibility;
  if (verdict === 'eligible' && !notRegistered) return null;
  const wanted = verdict === 'unknown' ? 'unknown' : 'fail';
  const checks = status.eligibility.checks.filter((c) => c.outcome === wanted);
  const items = checks.map((c) => ({ message: c.message, source: c.source }));
  if (notRegistered) {
    for (const reason of status.reasons) {
      if (!items.some((i) => i.message === reason.message)) {
        items.push({ message: reason.message, source: reason.source ?? '' });
      }
    }
  }
  if (items.length === 0) return null;
  const sources = [...new Set(items.map((i) => i.source).filter((s) => s !== ''))];
  return {
    key: keyOf(candidate),
    candidate,
    verdict: verdict === 'unknown' && !notRegistered ? 'unknown' : 'not-eligible',
    reasons: items.map((i) => i.message),
    source: sources.join('; '),
    unverified: checks.some((c) => c.unverified === true),
  };
}

/** Candidates the targets area does not find eligible, by key; empty without the targets sheets. */
export function eligibilityWarnings(
  candidates: Candidate[],
  targets: TargetsEvaluation | undefined,
): Map<CandidateKey, CandidateWarning> {
  const out = new Map<CandidateKey, CandidateWarning>();
  if (!targets) return out;
  for (const candidate of candidates) {
    const status = statusFor(candidate, targets);
    const warning = status ? warningFor(candidate, status) : null;
    if (warning) out.set(warning.key, warning);
  }
  return out;
}

/** One sentence for a warning, naming the title and the source. */
export function warningText(warning: CandidateWarning): string {
  const title = TITLES[warning.candidate.titleId].shortLabel;
  const head =
    warning.verdict === 'unknown'
      ? `Chưa rõ ${warning.candidate.name} có đủ điều kiện ${title} không`
      : `${warning.candidate.name} chưa đủ điều kiện ${title}`;
  const source =
    warning.source !== ''
      ? ` (căn cứ: ${warning.source}${warning.unverified ? ', chưa kiểm chứng' : ''})`
      : '';
  return `${head}: ${warning.reasons.join(' ')}${source}`;
}

/** Candidates of a round shown "Đạt" although not eligible: the vote does not make them eligible. */
export function passedButNotEligible(
  round: RoundTally,
  warnings: Map<CandidateKey, CandidateWarning>,
): DomainIssue[] {
  return round.candidates
    .filter((c) => c.status === 'passed' && warnings.get(c.key)?.verdict === 'not-eligible')
    .map((c) => {
      const warning = warnings.get(c.key) as CandidateWarning;
      return {
        code: 'vote.candidate.passed-not-eligible',
        severity: 'warning' as const,
        message: `${c.candidate.name} đạt số phiếu ${TITLES[c.titleId].shortLabel} nhưng chưa đủ điều kiện, nên chưa thể đề nghị công nhận: ${warning.reasons.join(' ')}`,
        ...(warning.source !== '' ? { source: warning.source } : {}),
      };
    });
}

/** The caps the targets area found broken (plan and results), each with its source. */
export function capWarnings(targets: TargetsEvaluation | undefined): DomainIssue[] {
  return (targets?.flags ?? []).filter((flag) => flag.code.startsWith('targets.cap.'));
}
