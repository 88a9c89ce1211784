/** Above the school: the Phòng's gathering of every school's export (DOMAIN.md §8b). */
export * from './summary';
export { signSummary, summaryCheckValue, summaryIntact } from './check-value';
export {
  gatherDistrict,
  type DistrictGathering,
  type DistrictProposal,
  type DistrictSchool,
  type DistrictTitleTotal,
  type GatheredFile,
  type GatherIssue,
  type GatherSettings,
} from './gather';
