// Input helpers of the form: date-times with their UTC offset (the API's
// yyyy-MM-ddTHH:mm:ss.SSS±hhmm, kept in the offset the user typed) and phone numbers
// (spaces, dashes, brackets, a leading + or 00 cleaned up to what the API takes).

/** The UTC offsets in use (minutes), for the offset select. */
export const OFFSETS = [-720, -660, -600, -570, -540, -480, -420, -360, -300, -240, -210, -180, -120, -60, 0, 60, 120, 180, 210, 240, 270, 300, 330, 345, 360, 390, 420, 480, 525, 540, 570, 600, 630, 660, 720, 765, 780, 840];

const pad = (n, w = 2) => String(Math.abs(n)).padStart(w, "0");

/** "UTC+05:30" for 330. */
export function offsetLabel(minutes) {
  const sign = minutes < 0 ? "−" : "+";
  return `UTC${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** "2030-03-03T15:00:00.000+01:00" → {date, time: "15:00:00", ms: "000", offset: 60,
 * colon: true}; null when it is not a date-time with an offset. Nothing is converted. */
export function parseApiTime(text) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?(?:\.(\d{1,9}))?(Z|[+-]\d{2}(:?)\d{2})$/.exec(String(text).trim());
  if (!m) return null;
  let offset = 0;
  let colon = m[6] === ":";
  if (m[5] !== "Z") {
    const sign = m[5][0] === "-" ? -1 : 1;
    const digits = m[5].slice(1).replace(":", "");
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  } else colon = false;
  return { date: m[1], time: `${m[2]}:${m[3] ?? "00"}`, ms: (m[4] ?? "000").padEnd(3, "0").slice(0, 3), offset, colon };
}

/** The API's form of a date, a time (HH:mm:ss), milliseconds and an offset (minutes):
 * `2030-03-03T15:00:00.000+0100` (or `+01:00` with `colon`). */
export function formatApiTime(date, time, ms, offset, colon = false) {
  const sign = offset < 0 ? "-" : "+";
  return `${date}T${time}.${ms}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}${colon ? ":" : ""}${pad(Math.abs(offset) % 60)}`;
}

/** "Tue 3 Mar 2030, 15:00 (UTC+01:00)": the time as typed, in its own offset. */
export function humanTime(text) {
  const t = parseApiTime(text);
  if (!t) return null;
  const [y, mo, d] = t.date.split("-").map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (Number.isNaN(day.getTime())) return null;
  const wd = day.toLocaleDateString("en-GB", { weekday: "short", timeZone: "UTC" });
  const mon = day.toLocaleDateString("en-GB", { month: "short", timeZone: "UTC" });
  return `${wd} ${d} ${mon} ${y}, ${t.time.slice(0, 5)} (${offsetLabel(t.offset)})`;
}

/**
 * A phone number as typed → what the API takes: the digits, with `+` in front of an
 * international number when `mode` is "plus" (a number to dial), without when it is
 * "digits" (a destination). Spaces, dashes, dots, slashes and brackets go; a leading 00
 * is the international prefix. Text that is not a phone number stays as typed (the
 * validator says why). Returns {value, changed, note, national}.
 */
export function cleanPhone(raw, mode) {
  const typed = String(raw);
  const t = typed.trim();
  if (t === "" || !/^\+?[\d\s().\-/]+$/.test(t) || !/\d/.test(t)) return { value: typed, changed: false, note: null, national: false };
  let digits = t.replace(/[^\d]/g, "");
  let intl = t.startsWith("+");
  const fromZeros = !intl && digits.startsWith("00");
  if (fromZeros) {
    digits = digits.slice(2);
    intl = true;
  }
  const value = mode === "plus" && intl ? `+${digits}` : digits;
  const national = !intl && digits.startsWith("0");
  const what = [];
  if (/[\s().\-/]/.test(t)) what.push("spaces, dashes and brackets removed");
  if (fromZeros) what.push(mode === "plus" ? "00 written as +" : "the 00 dropped");
  else if (intl && mode !== "plus") what.push("the + dropped");
  const changed = value !== typed;
  let note = changed && what.length ? `Sent as ${value} (${what.join(", ")}).` : null;
  if (national) note = `${note ? `${note} ` : ""}It starts with 0, as a number dialled within a country does: write it with its country code instead of the 0 (e.g. 44 7911 123456 for 07911 123456 in the UK).`;
  return { value, changed, note, national };
}
