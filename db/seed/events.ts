// Fills the demo agenda once (nothing happens when events already exist), through the same domain
// functions as the app: staff-created events, one cancelled, and one proposal awaiting review.
import { count } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import type { Db } from "@/db/client";
import { events } from "@/db/schema";
import { eventFormSchema } from "@/lib/events/form";
import { cancelEvent, createEventAsStaff, proposeEvent } from "@/lib/events/moderation";
import { parisToday } from "@/lib/events/params";
import { seedEvents, type SeedEvent } from "./events-data";

function formFor(event: SeedEvent, today: Temporal.PlainDate) {
  const start = today.add({ days: event.day });
  const end = event.time ? start : start.add({ days: (event.days ?? 1) - 1 });
  const startTime = event.time ? Temporal.PlainTime.from(event.time) : null;
  return eventFormSchema.parse({
    title: event.title,
    type: event.type,
    allDay: event.time ? "" : "on",
    startDate: start.toString(),
    startTime: startTime?.toString({ smallestUnit: "minute" }) ?? "",
    endDate: end.toString(),
    endTime: startTime?.add({ hours: event.hours ?? 2 }).toString({ smallestUnit: "minute" }) ?? "",
    place: event.onlineUrl ? "online" : "commune",
    communeCode: event.communeCode ?? "",
    address: event.address ?? "",
    onlineUrl: event.onlineUrl ?? "",
    description: `${event.title} : un rendez-vous fictif de l’écosystème Normandy French Tech, pour les données de démonstration.`,
    organiser: event.organiser,
    free: event.free ? "on" : "",
  });
}

export async function seedDemoEvents(db: Db, staffId: string, member: { id: string; emailVerified: boolean }): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(events);
  if ((existing?.n ?? 0) > 0) return 0;
  const today = Temporal.PlainDate.from(parisToday());
  const staff = { id: staffId };
  for (const [index, event] of seedEvents.entries()) {
    const { eventId } = await createEventAsStaff(db, staff, formFor(event, today));
    if (index === 33) await cancelEvent(db, staff, eventId);
  }
  await proposeEvent(db, member, formFor({ ...seedEvents[30]!, title: "Soirée pitch des étudiants", day: 20 }, today));
  return seedEvents.length;
}
