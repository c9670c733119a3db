import { coach as w } from '../words/en/coach';
import { describeEmailAddress, explainEmailWarning } from './email-address';
import {
  cleanInviteText,
  countCharacters,
  findInviteNameProblem,
  INVITE_NAME_MAX,
  INVITE_NOTE_MAX,
  sanitizeInvite,
  sanitizeInviteEmail,
  type Invite,
} from './invite';
import type { Mode } from './schema';

/** The coach's invite form as typed. */
export interface InviteForm {
  name: string;
  note: string;
  email: string;
  mode: Mode;
}

export type InviteFormErrors = Partial<Record<'name' | 'note' | 'email', string>>;

/** What is wrong with the form, field by field, in the order the fields appear. */
export function validateInviteForm(form: InviteForm): InviteFormErrors {
  const errors: InviteFormErrors = {};
  const name = findInviteNameProblem(form.name);
  if (name?.kind === 'missing') errors.name = w.errors.nameMissing;
  else if (name?.kind === 'invisible') errors.name = w.errors.nameInvisible;
  else if (name?.kind === 'too-long')
    errors.name = w.errors.nameTooLong(INVITE_NAME_MAX, name.length);
  const noteLength = countCharacters(cleanInviteText(form.note));
  if (noteLength > INVITE_NOTE_MAX) errors.note = w.errors.noteTooLong(INVITE_NOTE_MAX, noteLength);
  if (form.email.trim() !== '' && sanitizeInviteEmail(form.email) === null)
    errors.email = w.errors.email;
  return errors;
}

/** The invite the form makes, cleaned, or null when no name is left. */
export function toInvite(form: InviteForm): Invite | null {
  return sanitizeInvite({
    name: form.name,
    note: form.note,
    email: form.email.trim() === '' ? null : form.email,
    mode: form.mode,
  });
}

/** A warning for a valid address that is not plain ASCII (look-alike letters), or null. */
export function warnAboutEmail(text: string): string | null {
  const email = sanitizeInviteEmail(text);
  return email === null ? null : explainEmailWarning(describeEmailAddress(email));
}

/** What the note counter says: characters left, or how many too many. */
export function describeNoteCount(noteLength: number): string {
  const left = INVITE_NOTE_MAX - noteLength;
  return left >= 0 ? w.noteCount.left(left, INVITE_NOTE_MAX) : w.noteCount.over(-left);
}

/** How close to the limit the note must be before screen readers hear the count. */
export const NOTE_ANNOUNCE_WITHIN = 20;

/** What a screen reader hears about the note's length: nothing until it is near the limit. */
export function announceNoteCount(noteLength: number): string {
  const left = INVITE_NOTE_MAX - noteLength;
  return left > NOTE_ANNOUNCE_WITHIN ? '' : w.noteCount.announce(describeNoteCount(noteLength));
}
