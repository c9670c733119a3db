import { RESULT_TYPES } from '../domain/result-types';
import { paths } from '../config/paths';

/** Every public path written to its own static HTML file at build time (build and tests only). */
export const prerenderPaths: readonly string[] = [
  paths.home.path,
  paths.quiz.path,
  paths.results.path,
  paths.roles.path,
  paths.howItWorks.path,
  paths.privacy.path,
  ...RESULT_TYPES.map((t) => paths.shareResult.href(t)),
  paths.compare.path,
  paths.coach.path,
  paths.invite.href(),
  paths.embed.href(),
  paths.embedBuilder.path,
  paths.job.path,
  '/404.html',
];
