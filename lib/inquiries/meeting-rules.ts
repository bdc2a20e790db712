/** Meeting lengths the proposal form offers, in minutes. */
export const meetingDurations = [30, 60, 90, 120] as const;
