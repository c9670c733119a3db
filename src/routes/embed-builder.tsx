import { useEffect, useId, useRef, useState } from 'react';
import type { RouteHandle } from '../config/head';
import { SITE_ORIGIN } from '../config/head';
import { CopyLink } from '../components/copy-link';
import { useHydrated } from '../components/use-hydrated';
import { toReadableAccent } from '../domain/accent';
import { LANGUAGE, LANGUAGES } from '../config/languages';
import {
  EMBED_LANGUAGES,
  FRAME_TITLES,
  JOB_PROFILES,
  LABEL_MAX,
  LOADER_PATH,
} from '../embed-loader/protocol';
import { ROLE_NAMES } from '../domain/role-beside';
import {
  buildSnippet,
  DEFAULT_CHOICES,
  SNIPPET_WORDS,
  toAttributes,
  validateChoices,
  type ChoiceProblem,
  type EmbedChoices,
} from '../embed-loader/snippet';
import { embedBuilder as w } from '../words/en/embed-builder';
import { roleBeside } from '../words/en/role-beside';
import './embed-builder.css';

export const embedBuilderHandle: RouteHandle = {
  head: () => w.head,
};

/** The builder starts with the quiz in its own language. */
const FIRST_CHOICES: EmbedChoices = {
  ...DEFAULT_CHOICES,
  lang: EMBED_LANGUAGES.find((code) => code === LANGUAGE.code) ?? DEFAULT_CHOICES.lang,
};

const PROBLEMS: Readonly<Record<ChoiceProblem, string>> = {
  colour: w.problems.colour,
  https: w.problems.https,
  'too-long': w.problems.tooLong(LABEL_MAX),
};

/** /embed-builder: choose the embed's options, try a live embed, copy the snippet. */
export function EmbedBuilderPage() {
  const isHydrated = useHydrated();
  const origin = isHydrated ? window.location.origin : SITE_ORIGIN;
  const [choices, setChoices] = useState<EmbedChoices>(FIRST_CHOICES);
  const errors = validateChoices(choices);
  const snippet = buildSnippet(origin, choices);

  return (
    <article className="embed-builder">
      <h1>{w.heading}</h1>
      <p className="lead">{w.lead}</p>
      <section aria-labelledby="builder-privacy-heading">
        <h2 id="builder-privacy-heading">{w.receives.heading}</h2>
        <ul>
          <li>
            <strong>{w.receives.type.strong}</strong>
            {w.receives.type.before}
            <code>product-owner</code>
            {w.receives.type.after}
          </li>
          <li>
            <strong>{w.receives.scores.strong}</strong>
            {w.receives.scores.rest}
          </li>
          <li>
            <strong>{w.receives.answers.strong}</strong>
            {w.receives.answers.rest}
          </li>
        </ul>
        <p>{w.receives.purpose}</p>
      </section>
      <div className="builder-grid">
        <ChoicesForm choices={choices} errors={errors} isLive={isHydrated} onChange={setChoices} />
        <section aria-labelledby="builder-snippet-heading" className="builder-snippet-field">
          <h2 id="builder-snippet-heading">{w.snippet.heading}</h2>
          <p>{w.snippet.text}</p>
          <CopyLink
            label={w.snippet.label}
            value={snippet}
            buttonLabel={w.snippet.copy}
            copiedMessage={w.snippet.copied}
            isMultiline
          />
        </section>
        <section aria-labelledby="builder-preview-heading">
          <h2 id="builder-preview-heading">{w.preview.heading}</h2>
          <p className="muted">{w.preview.note}</p>
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
    const problem = errors[key];
    const error = problem ? PROBLEMS[problem] : undefined;
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
      <h2 id={`${id}-heading`}>{w.options.heading}</h2>
      <fieldset className="form-fields" disabled={!isLive}>
        <fieldset className="choices compact">
          <legend>{w.options.language}</legend>
          {LANGUAGES.map((language) => (
            <div className="choice" key={language.code}>
              <input
                type="radio"
                id={`${id}-lang-${language.code}`}
                name={`${id}-lang`}
                checked={choices.lang === language.code}
                onChange={() => {
                  update('lang', language.code);
                }}
              />
              <label htmlFor={`${id}-lang-${language.code}`} lang={language.code}>
                {language.name}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="choices compact">
          <legend>{w.options.length}</legend>
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
                {length === 'full' ? w.options.full : w.options.short}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="choices compact">
          <legend>{w.options.resultScreen}</legend>
          <div className="choice">
            <input
              type="checkbox"
              id={`${id}-salaries`}
              checked={choices.showSalaries}
              onChange={(event) => {
                update('showSalaries', event.target.checked);
              }}
            />
            <label htmlFor={`${id}-salaries`}>{w.options.salaries}</label>
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
            <label htmlFor={`${id}-guide`}>{w.options.hideGuide}</label>
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
            <label htmlFor={`${id}-scores`}>{w.options.shareScores}</label>
          </div>
        </fieldset>
        <div className="form-field">
          <label htmlFor={`${id}-job-profile`}>{w.options.jobProfile}</label>
          <p id={`${id}-job-profile-hint`} className="muted">
            {w.options.jobProfileHint}
          </p>
          <select
            id={`${id}-job-profile`}
            value={choices.jobProfile}
            aria-describedby={`${id}-job-profile-hint`}
            onChange={(event) => {
              update('jobProfile', JOB_PROFILES.find((p) => p === event.target.value) ?? '');
            }}
          >
            <option value="">{w.options.none}</option>
            {JOB_PROFILES.map((profile) => (
              <option key={profile} value={profile}>
                {roleBeside.option(ROLE_NAMES[profile])}
              </option>
            ))}
          </select>
        </div>
        {textField(
          'accent',
          w.options.accent,
          readableAccent && readableAccent !== choices.accent.toLowerCase()
            ? w.options.accentDarker(readableAccent)
            : w.options.accentHint,
        )}
        {textField(
          'frameTitle',
          w.options.frameTitle,
          w.options.frameTitleHint(FRAME_TITLES[choices.lang]),
        )}
        {textField('ctaHref', w.options.ctaHref, w.options.ctaHrefHint, 'url')}
        {textField(
          'ctaLabel',
          w.options.ctaLabel,
          w.options.ctaLabelHint(SNIPPET_WORDS[choices.lang].ctaLabel),
        )}
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
        if (isCurrent) setStatus(w.preview.failed);
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
