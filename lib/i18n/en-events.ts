// The events agenda, in English: public pages, the member's form, moderation, mails and messages.
// Part of the English dictionary (lib/i18n/en.ts, as `en.events`); mirrors ./fr-events.
// Import nothing but the formatters.
import type { Dictionary } from "./dictionary";
import { countOf, formatDateEn, formatTimeEn } from "./format-en";

/** "28 March 2026, 18:30 – 21:00", "24 October 2026 – 25 October 2026", Paris time. `end` is exclusive. */
function when(start: Date, end: Date, allDay: boolean): string {
  if (allDay) {
    const last = new Date(end.getTime() - 1);
    const [first, final] = [formatDateEn(start), formatDateEn(last)];
    return first === final ? first : `${first} – ${final}`;
  }
  const [startDay, endDay] = [formatDateEn(start), formatDateEn(end)];
  return startDay === endDay
    ? `${startDay}, ${formatTimeEn(start)} – ${formatTimeEn(end)}`
    : `${startDay}, ${formatTimeEn(start)} – ${endDay}, ${formatTimeEn(end)}`;
}

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "March 2026" for "2026-03". */
function monthLabel(month: string): string {
  return monthFormat.format(new Date(`${month}-01T12:00:00Z`));
}

export const enEvents = {
  monthLabel,
  nav: "Events",
  when,
  type: {
    meetup: "Meetup",
    conference: "Conference",
    workshop: "Workshop",
    hackathon: "Hackathon",
    fair: "Trade fair",
    demo_day: "Demo day",
    other: "Other",
  },
  list: {
    title: "Events",
    intro: "Meetups, conferences, workshops, hackathons and demo days across the Normandy French Tech ecosystem.",
    upcoming: "Upcoming",
    past: (year: number) => `Past events in ${year}`,
    pastYears: "Previous years",
    none: "No upcoming events match these filters.",
    nonePast: "No events that year.",
    count: (n: number) => countOf(n, "event", "events"),
    filters: "Filter events",
    metropolis: "Metropolitan area",
    allMetropolises: "All metropolitan areas",
    type: "Type",
    allTypes: "All types",
    month: "Month",
    allMonths: "All months",
    freeOnly: "Free only",
    apply: "Filter",
    reset: "Clear filters",
    subscribe: "Subscribe to these events (iCalendar)",
    subscribeHelp: "Add this link to your calendar (Google Calendar, Outlook, Apple Calendar) to follow the upcoming events in this selection.",
    propose: "Suggest an event",
  },
  card: {
    cancelled: "Cancelled",
    online: "Online",
    free: "Free",
    paid: "Paid",
    allDay: "All day",
  },
  page: {
    back: "All events",
    when: "When",
    where: "Where",
    organiser: "Organiser",
    price: "Price",
    type: "Type",
    link: "Event website",
    onlineLink: "Join online",
    download: "Add to my calendar (.ics)",
    cancelledNotice: "This event has been cancelled.",
    description: "About",
  },
  form: {
    title: "Title",
    type: "Type",
    allDay: "All day",
    startDate: "Start date",
    startTime: "Start time",
    endDate: "End date",
    endTime: "End time",
    timeHelp: "Paris time.",
    place: "Venue",
    placeCommune: "In a municipality of the metropolitan area",
    placeOnline: "Online",
    commune: "Municipality",
    chooseCommune: "Choose a municipality",
    address: "Address",
    onlineUrl: "Link to the online event",
    description: "Description",
    organiser: "Organiser",
    organiserStartup: "Organising startup (optional)",
    noStartup: "None",
    link: "Link (registration, programme)",
    free: "Free",
    submit: "Send for review",
    submitStaff: "Publish the event",
  },
  space: {
    title: "My events",
    intro: "Suggest an event from the ecosystem: the moderation team reviews it before it is published.",
    propose: "Suggest an event",
    edit: "Edit the event",
    editIntro: "Your changes are reviewed before publication; the live version stays as it is until then.",
    mine: "My suggestions",
    none: "You have not suggested any events yet.",
    status: { pending: "Pending review", approved: "Published", rejected: "Rejected" },
    reason: (reason: string) => `Reason: ${reason}`,
    proposed: "Thank you! Your suggestion has been sent to the moderation team.",
    verifyFirst: "Confirm your email address to suggest an event.",
  },
  admin: {
    title: "Events to review",
    none: "No event suggestions pending.",
    newEvent: "New event",
    editOf: (title: string) => `Changes to ‘${title}’`,
    by: (who: string) => `Suggested by ${who}`,
    approve: "Approve",
    reject: "Reject",
    reason: "Reason for rejection (sent to the author)",
    create: "Create an event",
    published: "Published events",
    cancel: "Cancel the event",
    cancelled: "Cancelled",
    navLink: "Events",
  },
  messages: {
    titleLength: "The title must be between 3 and 120 characters long.",
    descriptionLength: "The description must be between 20 and 5,000 characters long.",
    organiserLength: "The organiser must be between 2 and 120 characters long.",
    date: "Enter a valid date.",
    time: "Enter a valid time (HH:MM).",
    endBeforeStart: "The end must be after the start.",
    commune: "Choose a municipality in one of the three metropolitan areas.",
    address: "Enter the address (200 characters at most).",
    url: "Enter a full web address, starting with https://.",
    type: "Choose an event type.",
    startup: "This startup is not in the directory.",
    unverified: "Confirm your email address before suggesting an event.",
    editPending: "A change to this event is already pending review.",
    alreadyDecided: "This suggestion has already been dealt with.",
    reasonTooShort: (min: number) => `Explain the rejection in at least ${countOf(min, "character", "characters")}.`,
    alreadyCancelled: "This event has already been cancelled.",
  },
  mail: {
    rejectedSubject: (title: string) => `Your event suggestion ‘${title}’ was not accepted`,
    rejected: (title: string) => `The moderation team did not accept your event suggestion ‘${title}’.`,
    approvedSubject: (title: string) => `Your event ‘${title}’ is published`,
    approved: (title: string) => `Your event ‘${title}’ is now published in the events calendar.`,
    view: "View the event",
  },
  api: {
    invalidValue: "Invalid value for this parameter.",
    positiveInteger: (max: number) => `Expected a whole number between 1 and ${max}.`,
  },
  ical: {
    calendarName: "Normandy French Tech: events",
    cancelledPrefix: "CANCELLED: ",
  },
  stats: {
    title: "Events",
    perYear: "Events per year",
    perMetropolis: "Events per metropolitan area",
    online: "Online",
    note2014: "In 2014, the ecosystem counted ‘nearly 156 events and activities’ (application file for the label).",
    year: "Year",
    place: "Venue",
    count: "Events",
    yearSummary: (total: number, years: number) => `${countOf(total, "event", "events")} published over ${countOf(years, "year", "years")}.`,
    metropolisSummary: (top: string) => `Most events take place in ${top}.`,
  },
} satisfies Dictionary["events"];
