// The days and time stamps the write floors (floor-write.js, floor-write-server.js) work out as crm does.

/** +Nd, +Nw or a date, moved forward off Saturday and Sunday (a Mon-Fri binder). */
export function nextWorkday(when, today) {
  const span = /^\+(\d+)([dw])$/.exec(when);
  let date;
  if (span) {
    date = new Date(`${today}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + Number(span[1]) * (span[2] === 'w' ? 7 : 1));
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(when)) {
    date = new Date(`${when}T00:00:00Z`);
  } else {
    return null;
  }
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function localDay(clock) {
  const two = (n) => String(n).padStart(2, '0');
  return `${clock.getFullYear()}-${two(clock.getMonth() + 1)}-${two(clock.getDate())}`;
}

/** '2026-11-23T09:14:03+01:00': the day with the real local time of day, as crm stamps entries. */
export function timestamp(clock, day) {
  const offset = -clock.getTimezoneOffset();
  const abs = Math.abs(offset);
  const two = (n) => String(n).padStart(2, '0');
  return `${day}T${two(clock.getHours())}:${two(clock.getMinutes())}:${two(clock.getSeconds())}${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
