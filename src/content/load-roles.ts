import rawRoles from '../../questions/roles.json';
import { applyRolesLanguage, type RolesLanguage } from '../domain/roles-language';
import { RolesContentSchema, type RolesContent } from '../domain/roles-schema';
import { rolesWords } from '../words/en/content-roles';
import { parseGuideFile } from './guide-file';

let roles: RolesContent | undefined;

/** Result-type texts, the PM/PO guide and the shared source list from questions/roles.json, validated once. */
export function loadRolesContent(): RolesContent {
  if (roles) return roles;
  const source = parseGuideFile(RolesContentSchema, 'questions/roles.json', rawRoles);
  // Checked against the English file at build time (scripts/bank-files.ts).
  roles = rolesWords ? applyRolesLanguage(source, rolesWords as RolesLanguage) : source;
  return roles;
}
