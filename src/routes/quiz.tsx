import type { RouteHandle } from '../app/head';

export const quizHandle: RouteHandle = {
  head: () => ({ title: 'Quiz · rolefit', description: 'The rolefit quiz.' }),
};

/** Placeholder until the page is built. */
export function QuizPage() {
  return (
    <article>
      <h1>Quiz</h1>
      <p>This page is on its way.</p>
    </article>
  );
}
