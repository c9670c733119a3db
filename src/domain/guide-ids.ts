// The fixed ids of the guide content (questions/salaries.json, growth.json, roles.json) and the
// answers of the context questions they key on.
import * as v from 'valibot';
import { RESULT_TYPES } from './result-types';

/** Countries the context question offers; 'other' stands for every country without its own data. */
export const COUNTRY_IDS = ['us', 'gb', 'de', 'nl', 'ca', 'au', 'in', 'ch', 'other'] as const;
/** Answers to the experience context question, in the order the quiz asks them. */
export const EXPERIENCE_IDS = ['none', 'under-2', '2-5', '5-10', 'over-10'] as const;
/** Answers to the framework context question. */
export const FRAMEWORK_IDS = ['scrum', 'safe', 'kanban', 'none', 'not-sure'] as const;
/** Answers to the company-size context question. */
export const COMPANY_SIZE_IDS = ['startup', 'small', 'mid', 'large'] as const;
/** The two roles salary rows describe. */
export const SALARY_ROLES = ['product-manager', 'product-owner'] as const;
/** Currencies a salary source may report in (ISO 4217). */
export const CURRENCIES = ['USD', 'GBP', 'EUR', 'INR', 'CAD', 'AUD', 'CHF'] as const;
/** What a salary figure measures (docs/salary-rules.md, "What counts as a figure"). */
export const PAY_TYPES = [
  'illustrative',
  'average',
  'mean',
  'median',
  'base',
  'total',
  'advertised',
  'range',
  'percentile-range',
] as const;
/** What a salary figure includes: base pay only, total pay, or the source does not say. */
export const PAY_BASES = ['base', 'total', 'unstated'] as const;
/** Source grades, best first: A primary, B recognised authority, C secondary (docs/sources.md). */
export const SOURCE_GRADES = ['A', 'A/B', 'B', 'B/C', 'C'] as const;

export const CountryIdSchema = v.picklist(COUNTRY_IDS);
export const ExperienceIdSchema = v.picklist(EXPERIENCE_IDS);
export const FrameworkIdSchema = v.picklist(FRAMEWORK_IDS);
export const CompanySizeIdSchema = v.picklist(COMPANY_SIZE_IDS);
export const SalaryRoleSchema = v.picklist(SALARY_ROLES);
export const CurrencySchema = v.picklist(CURRENCIES);
export const PayTypeSchema = v.picklist(PAY_TYPES);
export const PayBasisSchema = v.picklist(PAY_BASES);
export const SourceGradeSchema = v.picklist(SOURCE_GRADES);
export const ResultTypeSchema = v.picklist(RESULT_TYPES);

export type CountryId = v.InferOutput<typeof CountryIdSchema>;
export type ExperienceId = v.InferOutput<typeof ExperienceIdSchema>;
export type FrameworkId = v.InferOutput<typeof FrameworkIdSchema>;
export type CompanySizeId = v.InferOutput<typeof CompanySizeIdSchema>;
export type SalaryRole = v.InferOutput<typeof SalaryRoleSchema>;
export type Currency = v.InferOutput<typeof CurrencySchema>;
export type PayType = v.InferOutput<typeof PayTypeSchema>;
export type PayBasis = v.InferOutput<typeof PayBasisSchema>;
export type SourceGrade = v.InferOutput<typeof SourceGradeSchema>;
