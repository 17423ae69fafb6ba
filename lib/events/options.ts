// Values shared by the agenda's form, filters, API and feeds.
export const EVENT_TYPES = ["meetup", "conference", "workshop", "hackathon", "fair", "demo_day", "other"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TIME_ZONE = "Europe/Paris";
