// The cross-file check of the guide: every source key growth.json and roles.json cite must be in
// roles.json's sources list.
import { describeContentIssues } from './content-issues';
import { refsAt, type SourceRef } from './guide-fields';
import type { Growth } from './growth-schema';
import { listRolesSourceRefs, type RolesContent } from './roles-schema';

/** Every source key growth.json cites; they all resolve against roles.json's sources. */
export function listGrowthSourceRefs(growth: Growth): SourceRef[] {
  return [
    ...Object.entries(growth.tips).flatMap(([dimension, tips]) =>
      tips.flatMap((t, i) => refsAt(['tips', dimension, i, 'sources'], t.sources)),
    ),
    ...growth.certifications.flatMap((c, i) => refsAt(['certifications', i, 'sources'], c.sources)),
    ...refsAt(['certificationCaveatSources'], growth.certificationCaveatSources),
    ...growth.books.flatMap((b, i) => refsAt(['books', i, 'sources'], b.sources)),
    ...Object.entries(growth.moves).flatMap(([direction, steps]) =>
      steps.flatMap((s, i) => refsAt(['moves', direction, i, 'sources'], s.sources)),
    ),
    ...Object.entries(growth.jobTitlesSources).flatMap(([type, keys]) =>
      refsAt(['jobTitlesSources', type], keys),
    ),
    ...growth.caveats.flatMap((c, i) => refsAt(['caveats', i, 'sources'], c.sources)),
  ];
}

/** Cross-file check: messages for every source key in growth.json or roles.json missing from roles.json's sources. */
export function checkGuideSources(growth: Growth, roles: RolesContent): string[] {
  const keys = new Set(roles.sources.map((s) => s.key));
  const check = (file: string, content: unknown, refs: SourceRef[]) =>
    describeContentIssues(
      file,
      content,
      refs
        .filter((ref) => !keys.has(ref.key))
        .map((ref) => ({
          path: ref.path,
          message: `source "${ref.key}" is not in questions/roles.json sources`,
        })),
    );
  return [
    ...check('questions/growth.json', growth, listGrowthSourceRefs(growth)),
    ...check('questions/roles.json', roles, listRolesSourceRefs(roles)),
  ];
}
