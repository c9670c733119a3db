import { useEffect, useId, useRef, useState } from 'react';
import type { RouteHandle } from '../config/head';
import { SITE_ORIGIN } from '../config/head';
import { CopyLink } from '../components/copy-link';
import { useHydrated } from '../components/use-hydrated';
import { toReadableAccent } from '../domain/accent';
import { JOB_PROFILES, LOADER_PATH } from '../embed-loader/protocol';
import { ROLE_NAMES } from '../domain/role-beside';
import {
  buildSnippet,
  DEFAULT_CHOICES,
  toAttributes,
  validateChoices,
  type EmbedChoices,
} from '../embed-loader/snippet';
import './embed-builder.css';

export const embedBuilderHandle: RouteHandle = {
  head: () => ({
    title: 'Put the quiz on your site · rolefit',
    description:
      'Add the rolefit quiz to a careers page with one script tag: choose the options, try it, and copy the snippet.',
  }),
};

/** /embed-builder: choose the embed's options, try a live embed, copy the snippet. */
export function EmbedBuilderPage() {
  const isHydrated = useHydrated();
  const origin = isHydrated ? window.location.origin : SITE_ORIGIN;
  const [choices, setChoices] = useState<EmbedChoices>(DEFAULT_CHOICES);
  const errors = validateChoices(choices);
  const snippet = buildSnippet(origin, choices);

  return (
    <article className="embed-builder">
      <h1>Put the quiz on your careers page</h1>
      <p className="lead">
        One element and one script tag. The quiz runs in a frame from rolefit, sizes itself to its
        content, and works on phones and desktops alike.
      </p>
      <section aria-labelledby="builder-privacy-heading">
        <h2 id="builder-privacy-heading">What your page receives</h2>
        <ul>
          <li>
            <strong>The result type</strong> (for example <code>product-owner</code>) and a link to
            its description, when the taker finishes. The taker is told this before starting.
          </li>
          <li>
            <strong>Scores only if you ask and the taker agrees.</strong> With &ldquo;Ask for
            scores&rdquo;, each taker chooses Share or Keep private before seeing the result.
          </li>
          <li>
            <strong>Never the answers.</strong> No cookies, no tracking, no requests to anyone else.
          </li>
        </ul>
        <p>
          The quiz is for self-reflection. It is not a test and must not be used to decide on hiring
          or any other employment matter.
        </p>
      </section>
      <div className="builder-grid">
        <ChoicesForm choices={choices} errors={errors} isLive={isHydrated} onChange={setChoices} />
        <section aria-labelledby="builder-snippet-heading" className="builder-snippet-field">
          <h2 id="builder-snippet-heading">Your snippet</h2>
          <p>
            Paste it where the quiz should appear. Without JavaScript, visitors see the plain link
            instead.
          </p>
          <CopyLink
            label="HTML snippet"
            value={snippet}
            buttonLabel="Copy snippet"
            copiedMessage="Snippet copied."
            isMultiline
          />
        </section>
        <section aria-labelledby="builder-preview-heading">
          <h2 id="builder-preview-heading">Live preview</h2>
          <p className="muted">
            A real embed with these options. Progress you make here stays in this tab.
          </p>
          {isHydrated ? <LivePreview choices={choices} /> : null}
        </section>
      </div>
    </article>
  );
}

interface ChoicesFormProps {
  choices: EmbedChoices;
  errors: ReturnType<typeof validateChoices>;
  /** False until the script runs: the fields wait instead of taking text hydration would wipe. */
  isLive: boolean;
  onChange: (next: EmbedChoices) => void;
}

function ChoicesForm({ choices, errors, isLive, onChange }: ChoicesFormProps) {
  const id = useId();
  const update = <K extends keyof EmbedChoices>(key: K, value: EmbedChoices[K]) => {
    onChange({ ...choices, [key]: value });
  };
  const readableAccent =
    errors.accent === undefined && choices.accent !== '' ? toReadableAccent(choices.accent) : null;
  const textField = (
    key: 'accent' | 'frameTitle' | 'ctaHref' | 'ctaLabel',
    label: string,
    hint: string,
    type: 'text' | 'url' = 'text',
  ) => {
    const error = errors[key];
    return (
      <div className="form-field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <p id={`${id}-${key}-hint`} className="muted">
          {hint}
        </p>
        {error ? (
          <p id={`${id}-${key}-error`} className="field-error">
            {error}
          </p>
        ) : null}
        <input
          id={`${id}-${key}`}
          type={type}
          value={choices[key]}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-${key}-hint${error ? ` ${id}-${key}-error` : ''}`}
          onChange={(event) => {
            update(key, event.target.value);
          }}
        />
      </div>
    );
  };

  return (
    <form
      className="card"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <h2 id={`${id}-heading`}>Options</h2>
      <fieldset className="form-fields" disabled={!isLive}>
        <fieldset className="choices compact">
          <legend>Quiz length</legend>
          {(['full', 'short'] as const).map((length) => (
            <div className="choice" key={length}>
              <input
                type="radio"
                id={`${id}-length-${length}`}
                name={`${id}-length`}
                checked={choices.length === length}
                onChange={() => {
                  update('length', length);
                }}
              />
              <label htmlFor={`${id}-length-${length}`}>
                {length === 'full' ? 'Full (about 10 minutes)' : 'Short (about 3 minutes)'}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="choices compact">
          <legend>On the result screen</legend>
          <div className="choice">
            <input
              type="checkbox"
              id={`${id}-salaries`}
              checked={choices.showSalaries}
              onChange={(event) => {
                update('showSalaries', event.target.checked);
              }}
            />
            <label htmlFor={`${id}-salaries`}>
              Show salary figures (what each role pays in the taker's country)
            </label>
          </div>
          <div className="choice">
            <input
              type="checkbox"
              id={`${id}-guide`}
              checked={choices.hideGuide}
              onChange={(event) => {
                update('hideGuide', event.target.checked);
              }}
            />
            <label htmlFor={`${id}-guide`}>Hide the link to the roles guide</label>
          </div>
          <div className="choice">
            <input
              type="checkbox"
              id={`${id}-scores`}
              checked={choices.shareScores}
              onChange={(event) => {
                update('shareScores', event.target.checked);
              }}
            />
            <label htmlFor={`${id}-scores`}>
              Ask for scores (each taker decides whether to share them)
            </label>
          </div>
        </fieldset>
        <div className="form-field">
          <label htmlFor={`${id}-job-profile`}>Show the result beside one of your roles</label>
          <p id={`${id}-job-profile-hint`} className="muted">
            The taker sees in plain words how their answers lean compared with where this kind of
            role usually sits. Never a score or a match, and your page is told nothing more.
          </p>
          <select
            id={`${id}-job-profile`}
            value={choices.jobProfile}
            aria-describedby={`${id}-job-profile-hint`}
            onChange={(event) => {
              update('jobProfile', JOB_PROFILES.find((p) => p === event.target.value) ?? '');
            }}
          >
            <option value="">None</option>
            {JOB_PROFILES.map((profile) => (
              <option key={profile} value={profile}>
                {ROLE_NAMES[profile]} role
              </option>
            ))}
          </select>
        </div>
        {textField(
          'accent',
          'Accent colour',
          readableAccent && readableAccent !== choices.accent.toLowerCase()
            ? `Shown as ${readableAccent}, darker, so white text on it stays readable.`
            : 'A # and six hex digits, such as #0a7d5a. Empty means rolefit blue.',
        )}
        {textField(
          'frameTitle',
          'Frame title for screen readers',
          'Empty means "Product Manager or Product Owner fit quiz".',
        )}
        {textField(
          'ctaHref',
          'Link on the result screen',
          'For example your open roles: a full https:// address. Empty means no link.',
          'url',
        )}
        {textField('ctaLabel', 'Text of that link', 'Empty means "See our open roles".')}
      </fieldset>
    </form>
  );
}

type RolefitApi = NonNullable<Window['Rolefit']>;

let loaderPromise: Promise<RolefitApi> | null = null;

/** Loads this origin's embed.js once, exactly as a host page would. */
function loadLoader(): Promise<RolefitApi> {
  const existing = window.Rolefit;
  if (existing) return Promise.resolve(existing);
  loaderPromise ??= new Promise<RolefitApi>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = LOADER_PATH;
    script.async = true;
    script.onload = () => {
      if (window.Rolefit) resolve(window.Rolefit);
      else reject(new Error('embed.js did not define Rolefit'));
    };
    script.onerror = () => {
      loaderPromise = null;
      reject(new Error('embed.js could not be loaded'));
    };
    document.head.append(script);
  });
  return loaderPromise;
}

/** A real embed of this origin with the chosen options, rebuilt shortly after they change. */
function LivePreview({ choices }: { choices: EmbedChoices }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  // Attributes are read once per embed, so each change of options makes a new one (after a pause).
  const attributes = toAttributes(choices);
  const key = JSON.stringify(attributes);
  const latest = useRef(attributes);
  useEffect(() => {
    latest.current = attributes;
  });
  const [settled, setSettled] = useState(attributes);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled((current) =>
        JSON.stringify(current) === JSON.stringify(latest.current) ? current : latest.current,
      );
    }, 600);
    return () => {
      clearTimeout(timer);
    };
  }, [key]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let isCurrent = true;
    let element: ReturnType<RolefitApi['embed']> | null = null;
    loadLoader().then(
      (api) => {
        if (!isCurrent) return;
        const options: Record<string, string | boolean> = { loading: 'eager' };
        for (const [name, value] of settled) {
          const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
          options[camel] = value === '' ? true : value;
        }
        element = api.embed(container, options);
        setStatus('');
      },
      () => {
        if (isCurrent) setStatus('The preview could not load embed.js.');
      },
    );
    return () => {
      isCurrent = false;
      element?.destroy();
    };
  }, [settled]);

  return (
    <>
      <div ref={containerRef} className="builder-preview" />
      {status ? (
        <p className="field-error" role="alert">
          {status}
        </p>
      ) : null}
    </>
  );
}
