/** Which waiting requests are due for a reminder or a closure, at given dates; the settings' parsing. */

import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/domain/errors";
import {
  closesAt,
  DAY_MS,
  followUpAction,
  readFollowUpSettings,
  type FollowUpAction,
  type FollowUpSettings,
} from "../../src/domain/tariff-act-follow-up";

const T = Date.UTC(2026, 0, 5, 10, 0, 0);
const day = (n: number) => T + n * DAY_MS;
const DEFAULTS: FollowUpSettings = { reminderDays: 30, closeDays: 60 };

describe("followUpAction", () => {
  const cases: [string, FollowUpSettings, number | null, number, FollowUpAction][] = [
    // [case, settings, remindedAt, now, expected]
    ["nothing the day the act is asked for", DEFAULTS, null, day(0), null],
    ["nothing one millisecond before 30 days", DEFAULTS, null, day(30) - 1, null],
    ["a reminder at exactly 30 days", DEFAULTS, null, day(30), "remind"],
    ["a reminder later when the cron was stopped", DEFAULTS, null, day(41), "remind"],
    ["no second reminder in the same round", DEFAULTS, day(30), day(31), null],
    ["nothing one millisecond before 60 days", DEFAULTS, day(30), day(60) - 1, null],
    ["a closure at exactly 60 days", DEFAULTS, day(30), day(60), "close"],
    ["a closure long after", DEFAULTS, day(30), day(200), "close"],
    ["never a closure without the reminder first", DEFAULTS, null, day(90), "remind"],
    ["a late reminder keeps its 30 days before closure", DEFAULTS, day(45), day(60), null],
    ["… and closes 30 days after it", DEFAULTS, day(45), day(75), "close"],
    ["closure only: nothing before its day", { reminderDays: null, closeDays: 60 }, null, day(59), null],
    ["closure only: closed on its day", { reminderDays: null, closeDays: 60 }, null, day(60), "close"],
    ["reminders only: reminded", { reminderDays: 30, closeDays: null }, null, day(30), "remind"],
    ["reminders only: never closed", { reminderDays: 30, closeDays: null }, day(30), day(400), null],
    ["both off: nothing", { reminderDays: null, closeDays: null }, null, day(400), null],
  ];
  it.each(cases)("%s", (_name, settings, remindedAt, now, expected) => {
    expect(followUpAction({ version: 3, requestedAt: T, remindedAt }, settings, now)).toBe(expected);
  });

  it("announces the closure date the reminder will lead to", () => {
    const request = { version: 3, requestedAt: T, remindedAt: null };
    expect(closesAt(request, DEFAULTS, day(30))).toBe(day(60));
    expect(closesAt(request, DEFAULTS, day(45))).toBe(day(75));
    expect(closesAt(request, { reminderDays: 30, closeDays: null }, day(30))).toBeNull();
  });
});

describe("readFollowUpSettings", () => {
  it("defaults to a reminder at 30 days and a closure at 60", () => {
    expect(readFollowUpSettings({})).toEqual({ reminderDays: 30, closeDays: 60 });
  });

  it("reads whole days, and 0 or an empty value turns a step off", () => {
    expect(readFollowUpSettings({ TARIFF_ACT_REMINDER_DAYS: "45", TARIFF_ACT_CLOSE_DAYS: "90" })).toEqual({
      reminderDays: 45,
      closeDays: 90,
    });
    expect(readFollowUpSettings({ TARIFF_ACT_CLOSE_DAYS: "0" })).toEqual({ reminderDays: 30, closeDays: null });
    expect(readFollowUpSettings({ TARIFF_ACT_REMINDER_DAYS: "", TARIFF_ACT_CLOSE_DAYS: " 20 " })).toEqual({
      reminderDays: null,
      closeDays: 20,
    });
  });

  it("refuses what is not a number of days, in French", () => {
    expect(() => readFollowUpSettings({ TARIFF_ACT_REMINDER_DAYS: "trente" })).toThrow(ConfigError);
    expect(() => readFollowUpSettings({ TARIFF_ACT_CLOSE_DAYS: "-5" })).toThrow(/nombre de jours entier/);
  });

  it("refuses a closure that would not come after the reminder", () => {
    expect(() => readFollowUpSettings({ TARIFF_ACT_CLOSE_DAYS: "30" })).toThrow(/doit être supérieur/);
    expect(() => readFollowUpSettings({ TARIFF_ACT_REMINDER_DAYS: "60", TARIFF_ACT_CLOSE_DAYS: "45" })).toThrow(
      ConfigError,
    );
  });
});
