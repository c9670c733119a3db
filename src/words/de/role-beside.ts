import type { RoleBesideWords } from '../en/role-beside';

export const roleBeside: RoleBesideWords = {
  // The result types' names from questions/lang/de/roles.json.
  roles: {
    'product-manager': 'Product Manager',
    'product-owner': 'Product Owner',
    'strategic-technical': 'Strategisch-technische Mischform',
    'customer-facing': 'Kundennahe Mischform',
    balanced: 'Ausgewogen / Produkt-Allrounder',
  },
  axes: {
    strategic: { name: 'strategisch – taktisch', plus: 'strategisch', minus: 'taktisch' },
    outside: {
      name: 'marktorientiert – teamorientiert',
      plus: 'marktorientiert',
      minus: 'teamorientiert',
    },
  },
  heading: (role: string) => `Ihre Antworten und die Rolle „${role}“`,
  option: (role: string) => `Rolle „${role}“`,
  // The comparative of every side ends in -er: strategischer, taktischer, marktorientierter, teamorientierter.
  moreToward: (side: string) =>
    `Ihre Antworten fallen ${side}er aus, als es für diese Rolle üblich ist.`,
  sameSide: (side: string) =>
    `Ihre Antworten fallen ${side} aus, wie es für diese Rolle üblich ist.`,
  nearMiddle: (axis: string) =>
    `Auf der Achse „${axis}“ weichen Ihre Antworten nicht deutlich von der Mitte ab, wo diese Rolle üblicherweise liegt.`,
  unclear: (axis: string, side: string) =>
    `Auf der Achse „${axis}“ neigen Ihre Antworten nicht klar zu einer Seite; diese Rolle ist üblicherweise eher ${side}.`,
  note: 'Diese Website möchte Ihr Ergebnis neben einer ihrer Rollen zeigen. Dazu wird verglichen, wohin Ihre Antworten tendieren und wo diese Art von Arbeit auf der Karte üblicherweise liegt. Das ist kein Punktwert, keine Übereinstimmung und kein Urteil über Sie, und die Website erfährt nicht, was hier steht.',
};
