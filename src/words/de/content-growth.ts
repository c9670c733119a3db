import growth from '../../../questions/lang/de/growth.json';

export const growthWords: unknown = growth;
