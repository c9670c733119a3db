import rawGrowth from '../../questions/growth.json';
import { applyGrowthLanguage, type GrowthLanguage } from '../domain/growth-language';
import { GrowthSchema, type Growth } from '../domain/growth-schema';
import { checkGuideSources } from '../domain/guide-sources';
import { growthWords } from '../words/en/content-growth';
import { parseGuideFile } from './guide-file';
import { loadRolesContent } from './load-roles';

let growth: Growth | undefined;

/** Growth tips, certifications, books and moves from questions/growth.json, validated once; its sources live in roles.json. */
export function loadGrowth(): Growth {
  if (growth) return growth;
  const parsed = parseGuideFile(GrowthSchema, 'questions/growth.json', rawGrowth);
  const missing = checkGuideSources(parsed, loadRolesContent());
  if (missing.length > 0)
    throw new Error(`Guide sources do not resolve:\n${missing.map((l) => `  - ${l}`).join('\n')}`);
  growth = growthWords ? applyGrowthLanguage(parsed, growthWords as GrowthLanguage) : parsed;
  return growth;
}
