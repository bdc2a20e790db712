import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition, sniffAttachment } from "@/lib/inquiries/files";
import { cancelRefusal } from "@/lib/inquiries/meeting-rules";
import { canMoveStage, nextStages } from "@/lib/inquiries/stages";
import { slotLabel, utcToZonedLocal, zonedLocalToUtc } from "@/lib/inquiries/zones";

const labels = { jst: "JST", cst: "CST" };

describe("meeting time zones", () => {
  it("reads a datetime-local value in Japan time as UTC nine hours earlier", () => {
    expect(zonedLocalToUtc("2026-12-01T10:00", "Asia/Tokyo")?.toISOString()).toBe("2026-12-01T01:00:00.000Z");
  });

  it("reads a datetime-local value in China time as UTC eight hours earlier, across midnight", () => {
    expect(zonedLocalToUtc("2027-01-01T07:30", "Asia/Shanghai")?.toISOString()).toBe("2026-12-31T23:30:00.000Z");
  });

  it("refuses impossible dates and malformed values", () => {
    expect(zonedLocalToUtc("2026-02-30T10:00", "Asia/Tokyo")).toBeUndefined();
    expect(zonedLocalToUtc("2026-12-01 10:00", "Asia/Tokyo")).toBeUndefined();
    expect(zonedLocalToUtc("2026-12-01T24:00", "Asia/Tokyo")).toBeUndefined();
  });

  it("converts daylight-saving zones too", () => {
    expect(zonedLocalToUtc("2026-07-01T10:00", "Europe/Berlin")?.toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(zonedLocalToUtc("2026-12-01T10:00", "Europe/Berlin")?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
  });

  it("round-trips to the wall clock of each zone", () => {
    const instant = new Date("2026-12-01T01:00:00Z");
    expect(utcToZonedLocal(instant, "Asia/Tokyo")).toBe("2026-12-01T10:00");
    expect(utcToZonedLocal(instant, "Asia/Shanghai")).toBe("2026-12-01T09:00");
  });

  it("labels a slot in both zones for every reader", () => {
    const slot = new Date("2026-12-01T01:00:00Z");
    expect(slotLabel(slot, "en", labels)).toBe("Tue, Dec 1, 2026 10:00 JST / 09:00 CST");
    expect(slotLabel(slot, "ja", labels)).toContain("10:00 JST / 09:00 CST");
    expect(slotLabel(slot, "zh", labels)).toContain("10:00 JST / 09:00 CST");
  });

  it("repeats the China date when it differs from the Japan date", () => {
    expect(slotLabel(new Date("2026-12-01T15:30:00Z"), "en", labels)).toBe("Wed, Dec 2, 2026 00:30 JST / Tue, Dec 1, 2026 23:30 CST");
  });
});

describe("attachment rules", () => {
  const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

  it("recognises PDF, PNG, JPEG and WebP by their first bytes", () => {
    expect(sniffAttachment(bytes("%PDF-1.7\n"))).toBe("application/pdf");
    expect(sniffAttachment(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniffAttachment(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffAttachment(bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses HTML, SVG, ZIP and a RIFF that is not WebP whatever they are called", () => {
    expect(sniffAttachment(bytes("<html><script>alert(1)</script>"))).toBeUndefined();
    expect(sniffAttachment(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(sniffAttachment(bytes("PK", [3, 4]))).toBeUndefined();
    expect(sniffAttachment(bytes("RIFF", [1, 2, 3, 4], "WAVE"))).toBeUndefined();
    expect(sniffAttachment(bytes(" %PDF-1.7"))).toBeUndefined();
  });

  it("cleans a file name and gives it the extension of its real type", () => {
    expect(cleanFileName("../../etc/見積書.pdf", "application/pdf")).toBe("見積書.pdf");
    expect(cleanFileName("photo.html", "image/png")).toBe("photo.png");
    expect(cleanFileName("IMG_001.JPEG", "image/jpeg")).toBe("IMG_001.JPEG");
    expect(cleanFileName('a\u0000b\r\n"c".pdf', "application/pdf")).toBe("abc.pdf");
    expect(cleanFileName("", "image/webp")).toBe("attachment.webp");
  });

  it("sends the real name in Content-Disposition with an ASCII fallback", () => {
    expect(contentDisposition("見積書.pdf")).toBe(`attachment; filename="___.pdf"; filename*=UTF-8''%E8%A6%8B%E7%A9%8D%E6%9B%B8.pdf`);
  });
});

describe("deal stages", () => {
  it("moves between open stages both ways, to signed or closed, and reopens a closed deal", () => {
    expect(canMoveStage("new", "in_talks")).toBe(true);
    expect(canMoveStage("negotiating", "samples_sent")).toBe(true);
    expect(canMoveStage("in_talks", "signed")).toBe(true);
    expect(canMoveStage("closed", "in_talks")).toBe(true);
    expect(canMoveStage("closed", "signed")).toBe(false);
  });

  it("keeps a signed agreement final and refuses staying in place", () => {
    expect(nextStages("signed")).toEqual([]);
    expect(canMoveStage("new", "new")).toBe(false);
    expect(nextStages("new")).toEqual(["in_talks", "samples_sent", "negotiating", "signed", "closed"]);
  });
});

describe("cancelling a meeting", () => {
  const now = new Date("2026-12-01T01:00:00Z");
  const earlier = new Date("2026-11-30T01:00:00Z");
  const later = new Date("2026-12-02T01:00:00Z");

  it("allows a proposal while one of its times is ahead, and a confirmed meeting until it starts", () => {
    expect(cancelRefusal({ status: "proposed", slots: [earlier, later], acceptedSlot: null }, now)).toBeUndefined();
    expect(cancelRefusal({ status: "accepted", slots: [earlier, later], acceptedSlot: later }, now)).toBeUndefined();
    expect(cancelRefusal({ status: "accepted", slots: [now, later], acceptedSlot: now }, now)).toBe("inquiries.errors.meetingPast");
    expect(cancelRefusal({ status: "proposed", slots: [earlier, now], acceptedSlot: null }, now)).toBe("inquiries.errors.meetingPast");
  });

  it("refuses a meeting already cancelled or declined, whatever its times", () => {
    expect(cancelRefusal({ status: "cancelled", slots: [later], acceptedSlot: later }, now)).toBe("inquiries.errors.meetingAlreadyCancelled");
    expect(cancelRefusal({ status: "declined", slots: [later], acceptedSlot: null }, now)).toBe("inquiries.errors.meetingDeclined");
  });
});
