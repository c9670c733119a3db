import rawSalaries from '../../questions/salaries.json';
import { SalaryDataSchema, type SalaryData } from '../domain/salary-schema';
import { parseGuideFile } from './guide-file';

let salaries: SalaryData | undefined;

/** Salary figures, sources and gaps from questions/salaries.json, validated once. */
export function loadSalaries(): SalaryData {
  salaries ??= parseGuideFile(SalaryDataSchema, 'questions/salaries.json', rawSalaries);
  return salaries;
}
