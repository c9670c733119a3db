/**
 * The words of the result beside a host's role (`job-profile`, src/domain/role-beside.ts) and of the
 * embed builder's choice of that role.
 */
export const roleBeside = {
  /** The role as the sentences name it, by result type. */
  roles: {
    'product-manager': 'Product Manager',
    'product-owner': 'Product Owner',
    'strategic-technical': 'strategic-technical hybrid',
    'customer-facing': 'customer-facing hybrid',
    balanced: 'balanced, full-stack product',
  },
  /** An axis's name and its two sides. */
  axes: {
    strategic: { name: 'strategic vs tactical', plus: 'strategic', minus: 'tactical' },
    outside: {
      name: 'market-facing vs team-facing',
      plus: 'market-facing',
      minus: 'team-facing',
    },
  },
  heading: (role: string) => `Beside the ${role} role`,
  /** The builder's option for a role. */
  option: (role: string) => `${role} role`,
  /** The answers lean to a side, away from where the role usually sits. */
  moreToward: (side: string) => `Your answers lean more ${side} than this role usually is.`,
  /** The answers lean to the side the role usually takes. */
  sameSide: (side: string) => `Your answers lean ${side}, as this role usually does.`,
  /** The answers stay near the middle, where the (balanced) role sits. */
  nearMiddle: (axis: string) =>
    `On ${axis}, your answers do not lean clearly away from the middle, where this role usually sits.`,
  /** The answers lean neither way; the role usually leans to `side`. */
  unclear: (axis: string, side: string) =>
    `On ${axis}, your answers do not lean clearly either way; this role usually leans ${side}.`,
  note: 'This site asked to show your result beside one of its roles. It compares where your answers lean with where that kind of work usually sits on the map. It is not a score, a match or a judgement of you, and the site is not told what it says.',
};

export type RoleBesideWords = typeof roleBeside;
