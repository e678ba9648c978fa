import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dayNumber, findDates, isoDay, statedDate } from "./dates.ts";

// Every case pins its reference date. 2026-02-02 is a Monday.
const MONDAY = "2026-02-02";
const dateOf = (text: string, reference: string | null = MONDAY): string | undefined => findDates(text, reference)[0]?.date;

describe("findDates: the news policy", () => {
  it("points relative words back from the reference", () => {
    assert.equal(dateOf("The attack on Saturday"), "2026-01-31");
    assert.equal(dateOf("officials said Monday"), MONDAY);
    assert.equal(dateOf("It happened last Monday"), "2026-01-26");
    assert.equal(dateOf("Police said yesterday"), "2026-02-01");
    assert.equal(dateOf("three days ago"), "2026-01-30");
  });

  it("points forward only when the text does", () => {
    assert.equal(dateOf("Talks resume next Monday"), "2026-02-09");
    assert.equal(dateOf("The council will meet on Friday"), "2026-02-06");
    assert.equal(findDates("The council will meet on Friday", MONDAY)[0].forward, true);
  });

  it("gives a day and month without a year the year nearest before the reference", () => {
    assert.equal(dateOf("on March 5"), "2025-03-05");
    assert.equal(dateOf("on Jan. 30"), "2026-01-30");
    assert.equal(dateOf("on Dec 20"), "2025-12-20");
    assert.deepEqual(findDates("on March 5", MONDAY)[0].inferred, ["year taken as the last one before publication"]);
    assert.equal(dateOf("Elections are due on March 5"), "2026-03-05");
  });

  it("keeps stated years and marks what it states", () => {
    const [d] = findDates("On March 14, 2013, a quake struck", MONDAY);
    assert.equal(d.date, "2013-03-14");
    assert.deepEqual(d.stated, { year: true, month: true, day: true, weekday: false });
    assert.deepEqual(d.inferred, []);
  });

  it("without a reference reads only dates that state their year", () => {
    assert.deepEqual(findDates("The fire broke out on Friday, yesterday, on March 5.", null), []);
    assert.equal(dateOf("Wednesday, Sept. 8, 2010", null), "2010-09-08");
  });

  it("finds nothing in text without dates", () => {
    for (const text of ["Call 555-0134 for tickets", "won 3-1 at home", "the 33-year-old", "page 2 of 5", ""]) {
      assert.deepEqual(findDates(text, MONDAY).filter((d) => d.stated.month || d.stated.weekday), [], text);
    }
  });
});

describe("statedDate", () => {
  it("reads a full date and refuses a partial one", () => {
    assert.equal(statedDate("Published: Feb 02, 2026 10:14 PKT"), "2026-02-02");
    assert.equal(statedDate("Saturday night"), null);
    assert.equal(statedDate("March 2019"), null);
  });
});

describe("day numbers", () => {
  it("round-trips and refuses what is no date", () => {
    assert.equal(dayNumber("1970-01-02"), 1);
    assert.equal(isoDay(dayNumber(MONDAY)!), MONDAY);
    assert.equal(dayNumber("2026-02-30"), null);
    assert.equal(dayNumber("soon"), null);
  });
});
