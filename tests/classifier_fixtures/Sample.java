import java.util.HashMap;
import java.util.Map;

public class Sample {
    private final Map<String, Integer> counts = new HashMap<>();

    // Count one word.
    public int add(String word) {
        String key = word.toLowerCase();
        counts.put(key, counts.getOrDefault(key, 0) + 1);
        return counts.get(key);
    }

    public static void main(String[] args) {
        Sample sample = new Sample();
        for (String arg : args) {
            if (!arg.isEmpty()) {
                sample.add(arg);
            }
        }
    }
}
