// Find common free time slots for a group of people.
// All times are minutes since midnight to keep the arithmetic simple.

export interface Interval {
    start: number;
    end: number;
}

// Function to convert "HH:MM" into minutes since midnight
export function toMinutes(time: string): number {
    const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
    if (!match) {
        throw new Error('Invalid time format: ' + time);
    }
    const hours = parseInt(match[1], 10);
    const minutes = parseInt(match[2], 10);
    if (hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) {
        throw new Error('Time out of range: ' + time);
    }
    return hours * 60 + minutes;
}

// Function to convert minutes since midnight back to "HH:MM"
export function toTimeString(minutes: number): string {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return String(h).padStart(2, '0') + ':' + String(m).padStart(2, '0');
}

// Function to merge overlapping or touching intervals
export function mergeIntervals(intervals: Interval[]): Interval[] {
    if (intervals.length === 0) {
        return [];
    }

    // Sort the intervals by start time
    const sorted = intervals
        .filter((i) => i.end > i.start)
        .map((i) => ({ start: i.start, end: i.end }))
        .sort((a, b) => a.start - b.start);

    const merged: Interval[] = [];
    for (const current of sorted) {
        const last = merged[merged.length - 1];
        if (last !== undefined && current.start <= last.end) {
            // Extend the last interval if they overlap
            last.end = Math.max(last.end, current.end);
        } else {
            merged.push(current);
        }
    }
    return merged;
}

// Function to find the gaps between busy intervals inside a working window
export function findFreeSlots(
    busyByPerson: Interval[][],
    workingHours: Interval,
    minDuration: number,
): Interval[] {
    // Check the input values
    if (workingHours.end <= workingHours.start) {
        throw new Error('Working hours end must be after start');
    }
    if (minDuration <= 0) {
        throw new Error('Minimum duration must be positive');
    }

    // Combine everyone's busy intervals into one list and merge them
    const allBusy: Interval[] = [];
    for (const personBusy of busyByPerson) {
        for (const interval of personBusy) {
            allBusy.push(interval);
        }
    }
    const merged = mergeIntervals(allBusy);

    // Walk through the merged intervals and collect the gaps
    const free: Interval[] = [];
    let cursor = workingHours.start;
    for (const busy of merged) {
        if (busy.end <= workingHours.start) {
            continue;
        }
        if (busy.start >= workingHours.end) {
            break;
        }
        if (busy.start - cursor >= minDuration) {
            free.push({ start: cursor, end: busy.start });
        }
        cursor = Math.max(cursor, busy.end);
    }

    // Add the remaining time at the end of the day
    if (workingHours.end - cursor >= minDuration) {
        free.push({ start: cursor, end: workingHours.end });
    }
    return free;
}

// Function to split free slots into fixed-length meeting options
export function meetingOptions(free: Interval[], duration: number, step: number): Interval[] {
    const options: Interval[] = [];
    for (const slot of free) {
        for (let start = slot.start; start + duration <= slot.end; start += step) {
            options.push({ start: start, end: start + duration });
        }
    }
    return options;
}

// Example usage
const calendars: Interval[][] = [
    [{ start: toMinutes('09:00'), end: toMinutes('10:30') }, { start: toMinutes('12:00'), end: toMinutes('13:00') }],
    [{ start: toMinutes('10:00'), end: toMinutes('11:00') }, { start: toMinutes('15:00'), end: toMinutes('16:30') }],
    [{ start: toMinutes('13:00'), end: toMinutes('13:30') }],
];

const slots = findFreeSlots(calendars, { start: toMinutes('09:00'), end: toMinutes('17:00') }, 30);
for (const slot of slots) {
    console.log(toTimeString(slot.start) + ' - ' + toTimeString(slot.end));
}
