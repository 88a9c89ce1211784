/** Above the school: the Phòng's gathering of every school's export (DOMAIN.md §8b). */
export * from './summary';
export { signSummary, summaryIntact } from './check-value';
export {
  gatherDistrict,
  keptForDistrict,
  type DistrictGathering,
  type GatheredFile,
  type GatherSettings,
} from './gather';
export { levelFromSchoolName, schoolRosterOf } from './school-roster';
