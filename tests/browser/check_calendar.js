#!/usr/bin/env node
// Reads a calendar bargain wrote (the site's calendar.ics) with ical.js, the
// parser many web calendars use, and checks every item of the campaign's
// timeline (bargain timeline --format json) is an event there, at its time
// in the campaign's zone: the calendar members subscribe to says what the
// timeline says. Usage:
//   node check_calendar.js CALENDAR.ics TIMELINE.json
'use strict';

const fs = require('fs');
const ICAL = require('ical.js');

function pad(n) { return String(n).padStart(2, '0'); }

function main() {
  const [icsFile, timelineFile] = process.argv.slice(2);
  if (!icsFile || !timelineFile) {
    console.error('usage: check_calendar.js CALENDAR.ics TIMELINE.json');
    process.exit(2);
  }
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(icsFile, 'utf8')));
  // Its own time zones, so each time is read in the zone it names.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = new Map();
  for (const v of calendar.getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(v);
    events.set(e.uid.split('@')[0], e);
  }
  const items = JSON.parse(fs.readFileSync(timelineFile, 'utf8')).items;
  const problems = [];
  const day = (t) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;
  const clock = (t) => `${pad(t.hour)}:${pad(t.minute)}`;
  for (const item of items) {
    const e = events.get(item.id);
    if (!e) { problems.push(`${item.id}: not in the calendar`); continue; }
    if (item.kind === 'vote') {
      // A vote stands on the day it closes; its event is its window.
      const close = e.endDate && !e.endDate.isDate ? e.endDate : e.startDate;
      if (day(close) !== item.date) problems.push(`${item.id}: closes ${day(close)}, the timeline says ${item.date}`);
      continue;
    }
    if (day(e.startDate) !== item.date) problems.push(`${item.id}: on ${day(e.startDate)}, the timeline says ${item.date}`);
    if (item.start && (e.startDate.isDate || clock(e.startDate) !== item.start))
      problems.push(`${item.id}: starts ${e.startDate.toString()}, the timeline says ${item.start}`);
    if (item.end && (!e.endDate || clock(e.endDate) !== item.end))
      problems.push(`${item.id}: ends ${e.endDate && e.endDate.toString()}, the timeline says ${item.end}`);
    if (!item.start && !e.startDate.isDate) problems.push(`${item.id}: has a time, the timeline none`);
  }
  for (const id of events.keys())
    if (!items.some((i) => i.id === id)) problems.push(`${id}: in the calendar, not on the timeline`);
  for (const p of problems) console.log(`${icsFile}: ${p}`);
  console.log(`${icsFile}: ${problems.length ? 'FAILED' : 'ok'}: ${items.length} items, ${events.size} events`);
  process.exit(problems.length ? 1 : 0);
}

main();
