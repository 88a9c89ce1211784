/**
 * Bad input in registrations, tổ ratings, proposals and decisions. Each problem becomes an issue at its
 * cell; what can still be used is kept (the first of two duplicates), what cannot (a registration for an
 * unknown code) is named in the issue.
 */
import type { CellLocation, DomainIssue } from '../issues';
import type { PerformanceRating, TitleId } from '../titles';
import { TITLES } from '../titles';
import type { TargetProfile } from './profiles';
import { profileKnowsTitle } from './profiles';
import type { SubjectDirectory } from './subjects';
import { subjectExists, subjectKey, subjectLabel, subjectTitleKey } from './subjects';
import type { Proposal, Registration, SubjectRef, Target, TitleDecision, UnitRecord } from './types';

export function at(location: CellLocation | undefined): { location?: CellLocation } {
  return location ? { location } : {};
}

export function where(location: CellLocation | undefined): string {
  return location ? ` (ô ${location.address} sheet ${location.sheet})` : '';
}

export function unknownSubject(
  subject: SubjectRef,
  what: string,
  location: CellLocation | undefined,
): DomainIssue {
  const message =
    subject.kind === 'person'
      ? `${what} cho mã cán bộ "${subject.id}"${where(location)} nhưng danh sách không có ai mang mã này. Sửa mã hoặc bổ sung người vào danh sách.`
      : `${what} cho tổ mã "${subject.kind === 'team' ? subject.id : ''}"${where(location)} nhưng trường không có tổ này. Sửa tên tổ hoặc bổ sung tổ.`;
  return { code: 'targets.unknown-subject', severity: 'error', message, ...at(location) };
}

function titleProblem(
  subject: SubjectRef,
  titleId: TitleId,
  profile: TargetProfile,
  dir: SubjectDirectory,
  what: string,
  location: CellLocation | undefined,
): DomainIssue | undefined {
  const who = subjectLabel(subject, dir);
  const title = TITLES[titleId];
  if (!profileKnowsTitle(profile, titleId)) {
    return {
      code: 'targets.unknown-title',
      severity: 'error',
      message: `${who}: ${what} ${title.label}, nhưng quy chế "${profile.label}" không có tiêu chuẩn cho danh hiệu này nên không xét được. Đổi danh hiệu hoặc quy chế.`,
      source: profile.source,
      ...at(location),
    };
  }
  const wantsIndividual = subject.kind === 'person';
  if ((title.scope === 'individual') !== wantsIndividual) {
    return {
      code: 'targets.wrong-scope',
      severity: 'error',
      message: `${who}: ${what} ${title.label}, là danh hiệu ${title.scope === 'individual' ? 'cá nhân' : 'tập thể'}. Ghi ở đúng khối (cá nhân hoặc tổ) trên sheet Đăng ký.`,
      ...at(location),
    };
  }
  return undefined;
}

export function validateRegistrations(
  registrations: Registration[],
  profile: TargetProfile,
  dir: SubjectDirectory,
): { registered: Set<string>; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const firstAt = new Map<string, CellLocation | undefined>();
  for (const reg of registrations) {
    if (!subjectExists(reg.subject, dir)) {
      issues.push(unknownSubject(reg.subject, `Đăng ký ${TITLES[reg.titleId].label}`, reg.location));
      continue;
    }
    const problem = titleProblem(reg.subject, reg.titleId, profile, dir, 'đăng ký', reg.location);
    if (problem) {
      issues.push(problem);
      continue;
    }
    const key = subjectTitleKey(reg.subject, reg.titleId);
    if (firstAt.has(key)) {
      issues.push({
        code: 'targets.registered-twice',
        severity: 'error',
        message: `${subjectLabel(reg.subject, dir)} đăng ký ${TITLES[reg.titleId].label} hai lần${where(firstAt.get(key))}${reg.location ? ` và${where(reg.location)}` : ''}. Xóa một lần đăng ký; hiện chỉ tính một.`,
        ...at(reg.location),
      });
      continue;
    }
    firstAt.set(key, reg.location);
  }
  return { registered: new Set(firstAt.keys()), issues };
}

export function validateUnitRecords(
  unitRecords: UnitRecord[],
  dir: SubjectDirectory,
): { ratings: Map<string, PerformanceRating>; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const ratings = new Map<string, PerformanceRating>();
  const seen = new Set<string>();
  for (const unit of unitRecords) {
    if (!subjectExists(unit.subject, dir)) {
      issues.push(unknownSubject(unit.subject, 'Xếp loại tập thể', unit.location));
      continue;
    }
    const key = subjectKey(unit.subject);
    if (seen.has(key)) {
      issues.push({
        code: 'targets.record.duplicate',
        severity: 'error',
        message: `${subjectLabel(unit.subject, dir)} có hai dòng xếp loại tập thể; đang dùng dòng đầu. Xóa một dòng.`,
        ...at(unit.location),
      });
      continue;
    }
    seen.add(key);
    if (unit.rating) ratings.set(key, unit.rating);
  }
  return { ratings, issues };
}

export function validateProposals(
  proposals: Proposal[],
  profile: TargetProfile,
  dir: SubjectDirectory,
  targets: Target[],
): { valid: Proposal[]; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const valid: Proposal[] = [];
  const targetIds = new Set(targets.map((t) => t.id));
  const seen = new Set<string>();
  for (const p of proposals) {
    if (!subjectExists(p.subject, dir)) {
      issues.push(unknownSubject(p.subject, 'Đề nghị khen thưởng', p.location));
      continue;
    }
    const who = subjectLabel(p.subject, dir);
    if (!p.titleId && !p.targetId) {
      issues.push({
        code: 'targets.proposal.no-form',
        severity: 'error',
        message: `Đề nghị cho ${who}${where(p.location)} chưa ghi danh hiệu hay hình thức khen thưởng. Ghi rõ đề nghị gì.`,
        ...at(p.location),
      });
      continue;
    }
    if (p.titleId) {
      const problem = titleProblem(p.subject, p.titleId, profile, dir, 'được đề nghị', p.location);
      if (problem) {
        issues.push(problem);
        continue;
      }
    }
    if (p.targetId && !targetIds.has(p.targetId)) {
      issues.push({
        code: 'targets.proposal.unknown-target',
        severity: 'error',
        message: `Đề nghị cho ${who} theo chỉ tiêu mã "${p.targetId}" nhưng sheet Chỉ tiêu không có mã này. Sửa mã.`,
        ...at(p.location),
      });
      continue;
    }
    const key = `${subjectKey(p.subject)}|${p.titleId ?? ''}|${p.targetId ?? ''}|${p.achievementId ?? ''}`;
    if (seen.has(key)) {
      issues.push({
        code: 'targets.proposal.duplicate',
        severity: 'warning',
        message: `${who} được đề nghị cùng một hình thức hai lần${where(p.location)}; chỉ tính một. Xóa dòng thừa.`,
        ...at(p.location),
      });
      continue;
    }
    seen.add(key);
    valid.push(p);
  }
  return { valid, issues };
}

export function validateDecisions(
  decisions: TitleDecision[],
  profile: TargetProfile,
  dir: SubjectDirectory,
): { bySubjectTitle: Map<string, TitleDecision>; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const bySubjectTitle = new Map<string, TitleDecision>();
  for (const d of decisions) {
    if (!subjectExists(d.subject, dir)) {
      issues.push(unknownSubject(d.subject, `Kết quả bình xét ${TITLES[d.titleId].label}`, d.location));
      continue;
    }
    const problem = titleProblem(d.subject, d.titleId, profile, dir, 'có kết quả bình xét', d.location);
    if (problem) {
      issues.push(problem);
      continue;
    }
    const key = subjectTitleKey(d.subject, d.titleId);
    if (bySubjectTitle.has(key)) {
      issues.push({
        code: 'targets.decision.duplicate',
        severity: 'error',
        message: `${subjectLabel(d.subject, dir)} có hai kết quả cho ${TITLES[d.titleId].label}; đang dùng kết quả đầu. Xóa một kết quả.`,
        ...at(d.location),
      });
      continue;
    }
    bySubjectTitle.set(key, d);
  }
  return { bySubjectTitle, issues };
}
