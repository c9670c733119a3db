import { useParams } from 'react-router';
import type { RouteHandle } from '../app/head';
import { isResultType, TYPE_NAMES } from '../domain/result-types';

export const shareResultHandle: RouteHandle = {
  head: ({ type }) => {
    const name = type && isResultType(type) ? TYPE_NAMES[type] : 'rolefit result';
    return {
      title: `${name} · rolefit`,
      description: `A rolefit result: ${name}. Take the quiz to see where you land between Product Manager and Product Owner work.`,
    };
  },
};

/** A shared result page (details arrive with the share issue). */
export function ShareResultPage() {
  const { type } = useParams();
  const name = type && isResultType(type) ? TYPE_NAMES[type] : 'Unknown result type';
  return (
    <article>
      <h1>{name}</h1>
    </article>
  );
}
