import { useFocusOnMount } from './use-focus-on-mount';

/** Asked before the result when the host wants scores: share them with the host page or keep them. */
export function EmbedConsent({
  hostOrigin,
  onChoose,
}: {
  hostOrigin: string;
  onChoose: (choice: 'granted' | 'declined') => void;
}) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <article className="embed-consent">
      <h1 ref={headingRef} tabIndex={-1}>
        Share your scores with <span className="embed-origin">{hostOrigin}</span>?
      </h1>
      <p>
        This site asked to see your scores: three numbers from −1 to +1 for strategic versus
        tactical, market-facing versus team-facing, and Product Manager versus Product Owner fit.
      </p>
      <p>
        It sees your result type either way. Your answers are never shared. Choose before your
        result is shown.
      </p>
      <p className="button-row embed-choice">
        <button
          type="button"
          className="button"
          onClick={() => {
            onChoose('granted');
          }}
        >
          Share
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            onChoose('declined');
          }}
        >
          Keep private
        </button>
      </p>
    </article>
  );
}
