export interface ButtonAction {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}

/** A row of buttons: the first is the primary action, the rest are plain. */
export function ActionRow({ actions }: { actions: readonly [ButtonAction, ...ButtonAction[]] }) {
  return (
    <p className="button-row">
      {actions.map((action, i) => (
        <button
          key={action.label}
          type="button"
          className={i === 0 ? 'button primary' : 'button'}
          disabled={action.disabled}
          onClick={action.onClick}
        >
          {action.label}
        </button>
      ))}
    </p>
  );
}
