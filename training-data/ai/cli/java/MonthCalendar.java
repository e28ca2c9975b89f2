import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

public class MonthCalendar {

    static String render(YearMonth ym, DayOfWeek firstDay, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        String title = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear();
        int pad = (20 - title.length()) / 2;
        sb.append(" ".repeat(Math.max(0, pad))).append(title).append('\n');

        for (int i = 0; i < 7; i++) {
            DayOfWeek d = firstDay.plus(i);
            sb.append(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), 0, 2);
            sb.append(i < 6 ? " " : "\n");
        }

        int offset = (ym.atDay(1).getDayOfWeek().getValue() - firstDay.getValue() + 7) % 7;
        sb.append("   ".repeat(offset));
        int col = offset;
        for (int day = 1; day <= ym.lengthOfMonth(); day++) {
            boolean isToday = today != null && today.equals(ym.atDay(day));
            String cell = String.format("%2d", day);
            sb.append(isToday ? "\u001b[7m" + cell + "\u001b[0m" : cell);
            col++;
            if (col == 7) {
                sb.append('\n');
                col = 0;
            } else if (day < ym.lengthOfMonth()) {
                sb.append(' ');
            }
        }
        if (col != 0) sb.append('\n');
        return sb.toString();
    }

    public static void main(String[] args) {
        YearMonth ym = YearMonth.now();
        DayOfWeek first = DayOfWeek.SUNDAY;
        int idx = 0;
        if (args.length > 0 && args[0].equals("-m")) {
            first = DayOfWeek.MONDAY;
            idx = 1;
        }
        try {
            if (args.length - idx == 2) {
                ym = YearMonth.of(Integer.parseInt(args[idx + 1]), Integer.parseInt(args[idx]));
            } else if (args.length - idx == 1) {
                ym = YearMonth.parse(args[idx]);
            } else if (args.length - idx != 0) {
                throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            System.err.println("usage: MonthCalendar [-m] [MONTH YEAR | YYYY-MM]");
            System.exit(2);
        }
        System.out.print(render(ym, first, System.console() != null ? LocalDate.now() : null));
    }
}
