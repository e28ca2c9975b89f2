// grade_stats.cpp - reads a CSV of student grades and prints per-course
// statistics (count, mean, median, standard deviation, min, max) plus a
// letter-grade distribution. Expected input (header row required):
//
//   student,course,score
//   alice,math,91
//   bob,physics,85
//
// Build and run:  g++ -std=c++20 -O2 grade_stats.cpp -o grade_stats && ./grade_stats grades.csv

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

// Summary statistics for one course.
struct CourseStats {
    std::size_t count = 0;
    double mean = 0.0;
    double median = 0.0;
    double stddev = 0.0;
    double min = 0.0;
    double max = 0.0;
    std::map<char, int> letters;  // 'A' -> number of A grades, etc.
};

// Convert a numeric score to a letter grade using the usual US scale.
char letter_for(double score) {
    if (score >= 90) return 'A';
    if (score >= 80) return 'B';
    if (score >= 70) return 'C';
    if (score >= 60) return 'D';
    return 'F';
}

// Compute statistics for a list of scores. The vector is taken by value
// because we need to sort it to find the median.
CourseStats compute_stats(std::vector<double> scores) {
    CourseStats s;
    s.count = scores.size();
    if (scores.empty()) {
        return s;
    }

    std::ranges::sort(scores);
    s.min = scores.front();
    s.max = scores.back();

    // Mean: sum divided by count.
    s.mean = std::accumulate(scores.begin(), scores.end(), 0.0) / static_cast<double>(s.count);

    // Median: middle element, or average of the two middle elements.
    std::size_t mid = s.count / 2;
    s.median = (s.count % 2 == 1) ? scores[mid] : (scores[mid - 1] + scores[mid]) / 2.0;

    // Population standard deviation.
    double sq_sum = 0.0;
    for (double x : scores) {
        sq_sum += (x - s.mean) * (x - s.mean);
        s.letters[letter_for(x)]++;
    }
    s.stddev = std::sqrt(sq_sum / static_cast<double>(s.count));
    return s;
}

// Split a simple CSV line on commas. Quoted fields are not needed for this
// data, so we keep the parser deliberately simple.
std::vector<std::string> split_csv(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream ss(line);
    for (std::string field; std::getline(ss, field, ',');) fields.push_back(field);
    return fields;
}

int main(int argc, char* argv[]) {
    if (argc != 2) {
        std::cerr << "Usage: " << argv[0] << " grades.csv\n";
        return 1;
    }

    std::ifstream file(argv[1]);
    if (!file) {
        std::cerr << "Error: could not open " << argv[1] << "\n";
        return 1;
    }

    // Skip the header row.
    std::string line;
    std::getline(file, line);

    // Group scores by course name. std::map keeps the courses sorted.
    std::map<std::string, std::vector<double>> scores_by_course;
    int line_number = 1;
    int skipped = 0;

    while (std::getline(file, line)) {
        ++line_number;
        if (line.empty()) continue;

        auto fields = split_csv(line);
        if (fields.size() != 3) {
            std::cerr << "Warning: line " << line_number << " has " << fields.size()
                      << " fields, expected 3\n";
            ++skipped;
            continue;
        }

        // std::stod throws on bad input, so catch it and skip the row.
        try {
            double score = std::stod(fields[2]);
            if (score < 0 || score > 100) {
                throw std::out_of_range("score outside 0-100");
            }
            scores_by_course[fields[1]].push_back(score);
        } catch (const std::exception&) {
            std::cerr << "Warning: line " << line_number << ": invalid score '" << fields[2]
                      << "'\n";
            ++skipped;
        }
    }

    // Print a table of results.
    std::cout << std::left << std::setw(12) << "course" << std::right << std::setw(6) << "n"
              << std::setw(8) << "mean" << std::setw(8) << "median" << std::setw(8) << "sd"
              << std::setw(6) << "min" << std::setw(6) << "max" << "  grades\n";
    std::cout << std::string(70, '-') << '\n';

    std::cout << std::fixed << std::setprecision(1);
    for (const auto& [course, scores] : scores_by_course) {
        CourseStats s = compute_stats(scores);
        std::cout << std::left << std::setw(12) << course << std::right << std::setw(6) << s.count
                  << std::setw(8) << s.mean << std::setw(8) << s.median << std::setw(8) << s.stddev
                  << std::setw(6) << s.min << std::setw(6) << s.max << "  ";
        for (char grade : {'A', 'B', 'C', 'D', 'F'}) {
            std::cout << grade << ':' << s.letters[grade] << ' ';
        }
        std::cout << '\n';
    }

    if (skipped > 0) {
        std::cerr << skipped << " row(s) skipped\n";
    }
    return 0;
}
