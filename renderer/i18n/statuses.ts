import { DEFAULT_THEME, type MantineColor } from '@mantine/core';
import type { PartnershipStatus } from '../../shared/domain/partnership';
import type { ShortlistStatus } from '../../shared/domain/shortlist';
import type { ActivityStatus } from '../../shared/domain/activities/activity';
import type { PlanActionStatus } from '../../shared/domain/plan/plan';
import type { TaskStatus } from '../../shared/domain/plan/task';
import type { ApplicationStatus } from '../../shared/domain/funding/application';

/**
 * The shade a status is drawn in everywhere (badge dots, history dots, map lines and points,
 * legend): 8, dark enough on white, except gray, whose 8 is nearly the home town's black.
 */
const SHADE = 8;
const LIGHTER: Partial<Record<MantineColor, 6>> = { gray: 6 };

interface StatusLook<K extends string> {
  /** Mantine colour name, for badges and dots. */
  colour: MantineColor;
  /** The one name of the status, a key in the partnerships or discovery namespace. */
  labelKey: K;
}

/**
 * The one table of partnership statuses: every screen (badges, registry, history, map and its
 * legend) takes a status's name and colour from here, so Negotiating is violet and called the
 * same everywhere. tests/unit/tooling/statusTable.test.ts fails on a colour or a label key
 * written anywhere else.
 */
export const PARTNERSHIP_STATUSES = {
  prospect: { colour: 'gray', labelKey: 'partnerships:status.prospect' },
  exploring: { colour: 'cyan', labelKey: 'partnerships:status.exploring' },
  negotiating: { colour: 'violet', labelKey: 'partnerships:status.negotiating' },
  active: { colour: 'green', labelKey: 'partnerships:status.active' },
  dormant: { colour: 'orange', labelKey: 'partnerships:status.dormant' },
  ended: { colour: 'red', labelKey: 'partnerships:status.ended' },
} as const satisfies { [S in PartnershipStatus]: StatusLook<`partnerships:status.${S}`> };

/** The shortlist's own statuses (a candidate town, not a partnership), from the same kind of table. */
export const SHORTLIST_STATUSES = {
  considering: { colour: 'blue', labelKey: 'discovery:status.considering' },
  contacted: { colour: 'cyan', labelKey: 'discovery:status.contacted' },
  declined: { colour: 'gray', labelKey: 'discovery:status.declined' },
  chosen: { colour: 'green', labelKey: 'discovery:status.chosen' },
} as const satisfies { [S in ShortlistStatus]: StatusLook<`discovery:status.${S}`> };

/** An activity's statuses: from an idea to the report sent to the funders, or cancelled. */
export const ACTIVITY_STATUSES = {
  idea: { colour: 'gray', labelKey: 'activities:status.idea' },
  planned: { colour: 'blue', labelKey: 'activities:status.planned' },
  confirmed: { colour: 'teal', labelKey: 'activities:status.confirmed' },
  held: { colour: 'green', labelKey: 'activities:status.held' },
  reported: { colour: 'violet', labelKey: 'activities:status.reported' },
  cancelled: { colour: 'red', labelKey: 'activities:status.cancelled' },
} as const satisfies { [S in ActivityStatus]: StatusLook<`activities:status.${S}`> };

export const activityStatusLabelKey = (status: ActivityStatus) => ACTIVITY_STATUSES[status].labelKey;

/** A plan action's statuses: proposed to the partner, agreed, under way, done, or put off or let go. */
export const PLAN_ACTION_STATUSES = {
  proposed: { colour: 'gray', labelKey: 'plan:status.proposed' },
  agreed: { colour: 'blue', labelKey: 'plan:status.agreed' },
  inProgress: { colour: 'teal', labelKey: 'plan:status.inProgress' },
  done: { colour: 'green', labelKey: 'plan:status.done' },
  postponed: { colour: 'orange', labelKey: 'plan:status.postponed' },
  dropped: { colour: 'red', labelKey: 'plan:status.dropped' },
} as const satisfies { [S in PlanActionStatus]: StatusLook<`plan:status.${S}`> };

/** A task is open or done (how urgent an open one is comes from its due date). */
export const TASK_STATUSES = {
  open: { colour: 'blue', labelKey: 'team:status.open' },
  done: { colour: 'green', labelKey: 'team:status.done' },
} as const satisfies { [S in TaskStatus]: StatusLook<`team:status.${S}`> };
/** A funding application's statuses, from an idea to the closed file. */
export const APPLICATION_STATUSES = {
  idea: { colour: 'gray', labelKey: 'funding:status.idea' },
  drafting: { colour: 'blue', labelKey: 'funding:status.drafting' },
  submitted: { colour: 'indigo', labelKey: 'funding:status.submitted' },
  awarded: { colour: 'green', labelKey: 'funding:status.awarded' },
  rejected: { colour: 'red', labelKey: 'funding:status.rejected' },
  contracted: { colour: 'teal', labelKey: 'funding:status.contracted' },
  reporting: { colour: 'violet', labelKey: 'funding:status.reporting' },
  closed: { colour: 'gray', labelKey: 'funding:status.closed' },
} as const satisfies { [S in ApplicationStatus]: StatusLook<`funding:status.${S}`> };

export const applicationStatusLabelKey = (status: ApplicationStatus) => APPLICATION_STATUSES[status].labelKey;

/** The status's colour as a CSS value, for SVG (the map), where Mantine's names do not reach. */
export function statusHex(status: PartnershipStatus): string {
  const colour = PARTNERSHIP_STATUSES[status].colour;
  const shade: 6 | 8 = LIGHTER[colour] === 6 ? 6 : SHADE;
  return DEFAULT_THEME.colors[colour][shade];
}

/** The same colour as a Mantine value ("violet.8"), for dots drawn with Box. */
export function statusShade(status: PartnershipStatus): string {
  const colour = PARTNERSHIP_STATUSES[status].colour;
  return `${colour}.${LIGHTER[colour] ?? SHADE}`;
}

export const statusLabelKey = (status: PartnershipStatus) => PARTNERSHIP_STATUSES[status].labelKey;
export const shortlistStatusLabelKey = (status: ShortlistStatus) => SHORTLIST_STATUSES[status].labelKey;
