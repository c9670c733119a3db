import roles from '../../../questions/lang/de/roles.json';

export const rolesWords: unknown = roles;
