import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

public class IntervalScheduler {

    public record Interval(int start, int end) {
        public Interval {
            if (end < start) throw new IllegalArgumentException("end < start: " + start + ", " + end);
        }

        boolean overlaps(Interval o) {
            return start < o.end && o.start < end;
        }
    }

    /** Merges overlapping or touching intervals. O(n log n). */
    public static List<Interval> merge(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingInt(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval cur : sorted) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= cur.start()) {
                Interval last = merged.remove(merged.size() - 1);
                merged.add(new Interval(last.start(), Math.max(last.end(), cur.end())));
            } else {
                merged.add(cur);
            }
        }
        return merged;
    }

    /**
     * Maximum number of non-overlapping intervals (activity selection).
     * Greedy: always pick the interval that finishes first.
     */
    public static List<Interval> maxNonOverlapping(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingInt(Interval::end));
        List<Interval> chosen = new ArrayList<>();
        int lastEnd = Integer.MIN_VALUE;
        for (Interval i : sorted) {
            if (i.start() >= lastEnd) {
                chosen.add(i);
                lastEnd = i.end();
            }
        }
        return chosen;
    }

    /** Minimum number of rooms needed so that no two meetings in a room overlap. */
    public static int minRooms(List<Interval> meetings) {
        Interval[] sorted = meetings.toArray(new Interval[0]);
        Arrays.sort(sorted, Comparator.comparingInt(Interval::start));
        PriorityQueue<Integer> endTimes = new PriorityQueue<>();
        for (Interval m : sorted) {
            if (!endTimes.isEmpty() && endTimes.peek() <= m.start()) {
                endTimes.poll(); // reuse the room that frees up earliest
            }
            endTimes.offer(m.end());
        }
        return endTimes.size();
    }

    /** Gaps between busy intervals inside [from, to). */
    public static List<Interval> freeSlots(List<Interval> busy, int from, int to) {
        List<Interval> free = new ArrayList<>();
        int cursor = from;
        for (Interval b : merge(busy)) {
            if (b.end() <= from || b.start() >= to) continue;
            if (b.start() > cursor) free.add(new Interval(cursor, b.start()));
            cursor = Math.max(cursor, b.end());
        }
        if (cursor < to) free.add(new Interval(cursor, to));
        return free;
    }

    public static void main(String[] args) {
        List<Interval> meetings = List.of(
                new Interval(9, 10), new Interval(9, 12), new Interval(11, 13),
                new Interval(14, 15), new Interval(12, 14), new Interval(15, 17));
        System.out.println("merged:       " + merge(meetings));
        System.out.println("max disjoint: " + maxNonOverlapping(meetings));
        System.out.println("rooms needed: " + minRooms(meetings));
        System.out.println("free 8-18:    " + freeSlots(meetings, 8, 18));
    }
}
