import bank from '../../../questions/lang/de/bank.json';

export const bankLanguage: unknown = bank;
