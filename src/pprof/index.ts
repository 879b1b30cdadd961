/** Heap profiles (`-test.memprofile`): read, find allocation sites, inspect. */
export { readProfile, readProfileAsync, decodeProfile, ProfileError, type ProfileErrorKind, type ReadOptions } from './reader.js';
export { sampleAt, sampleTypeIndex, type Profile, type Sample, type Location, type Line, type ProfileFunction, type Mapping, type ValueType, type Label } from './profile.js';
export { allocationSites, profileIterations, withoutPackage, type AllocationSite, type AllocationSites, type AllocationSiteOptions } from './sites.js';
export { renderProfileInspection, type InspectOptions } from './inspect.js';
