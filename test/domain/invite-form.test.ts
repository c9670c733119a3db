import { expect, test } from 'vitest';
import {
  announceNoteCount,
  describeNoteCount,
  validateInviteForm,
  warnAboutEmail,
  type InviteForm,
} from '../../src/domain/invite-form';

const form = (over: Partial<InviteForm>): InviteForm => ({
  name: 'Dana',
  note: '',
  email: '',
  mode: 'full',
  ...over,
});

test.each([
  { over: {}, field: null, message: null },
  { over: { name: ' ' }, field: 'name', message: /^Enter your name, as your clients know you\.$/ },
  { over: { name: '\u3164' }, field: 'name', message: /only invisible or blank-looking/ },
  { over: { name: 'x'.repeat(61) }, field: 'name', message: /at most 60 characters .*\(now 61\)/ },
  {
    over: { note: 'x'.repeat(281) },
    field: 'note',
    message: /280 characters or fewer \(now 281\)/,
  },
  { over: { email: 'a@b.c,d@e.f' }, field: 'email', message: /^Enter one email address/ },
] as const)('validateInviteForm($over) flags $field', ({ over, field, message }) => {
  const errors = validateInviteForm(form(over));
  expect(Object.keys(errors)).toEqual(field === null ? [] : [field]);
  if (field !== null) expect(errors[field]).toMatch(message);
});

test.each([
  { email: '', warning: null },
  { email: 'dana@example.com', warning: null },
  { email: 'not an address', warning: null },
  { email: 'dana@ex\u0430mple.com', warning: /mixes Latin and Cyrillic/ },
])('warnAboutEmail($email)', ({ email, warning }) => {
  const found = warnAboutEmail(email);
  if (warning === null) expect(found).toBeNull();
  else expect(found).toMatch(warning);
});
test.each([
  { length: 0, count: '280 of 280 characters left', announced: '' },
  { length: 259, count: '21 of 280 characters left', announced: '' },
  {
    length: 260,
    count: '20 of 280 characters left',
    announced: 'Note: 20 of 280 characters left.',
  },
  { length: 280, count: '0 of 280 characters left', announced: 'Note: 0 of 280 characters left.' },
  { length: 281, count: '1 character too many', announced: 'Note: 1 character too many.' },
  { length: 300, count: '20 characters too many', announced: 'Note: 20 characters too many.' },
])('a note of $length characters: "$count"', ({ length, count, announced }) => {
  expect(describeNoteCount(length)).toBe(count);
  expect(announceNoteCount(length)).toBe(announced);
});
