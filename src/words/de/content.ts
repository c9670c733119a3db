import bank from '../../../questions/lang/de/bank.json';
import growth from '../../../questions/lang/de/growth.json';
import roles from '../../../questions/lang/de/roles.json';

export const bankWords: unknown = bank;
export const rolesWords: unknown = roles;
export const growthWords: unknown = growth;
