import { getFormatter } from "next-intl/server";

/** A talk's start and end as wall-clock time in `zone`, with the day. */
export async function TalkTime({ startsAt, endsAt, zone }: { startsAt: Date; endsAt: Date; zone: string }) {
  const format = await getFormatter();
  return (
    <time dateTime={startsAt.toISOString()}>
      {format.dateTime(startsAt, { month: "short", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit", timeZone: zone })}–
      {format.dateTime(endsAt, { hour: "2-digit", minute: "2-digit", timeZone: zone })}
    </time>
  );
}
