import growth from '../../../questions/lang/de/growth.json';
import roles from '../../../questions/lang/de/roles.json';

export const rolesWords: unknown = roles;
export const growthWords: unknown = growth;
