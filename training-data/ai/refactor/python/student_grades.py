# Refactored: the original script used global lists and repeated the same
# average/letter logic in three places. Now each step is a separate function.

# Refactored: grade boundaries are in one table instead of nested if statements
GRADE_BOUNDARIES = [
    (90, 'A'),
    (80, 'B'),
    (70, 'C'),
    (60, 'D'),
    (0, 'F'),
]

# Refactored: weights are named constants instead of magic numbers
WEIGHTS = {
    'homework': 0.25,
    'midterm': 0.30,
    'final': 0.45,
}


# Function to convert a numeric score to a letter grade
def letter_grade(score):
    for minimum, letter in GRADE_BOUNDARIES:
        if score >= minimum:
            return letter
    return 'F'


# Function to calculate the average of a list of scores
def average(scores):
    # Refactored: handles an empty list instead of raising ZeroDivisionError
    if not scores:
        return 0.0
    return sum(scores) / len(scores)


# Function to calculate the weighted final score for one student
def weighted_score(student):
    homework_avg = average(student.get('homework', []))
    midterm = student.get('midterm', 0)
    final = student.get('final', 0)
    total = (
        homework_avg * WEIGHTS['homework']
        + midterm * WEIGHTS['midterm']
        + final * WEIGHTS['final']
    )
    return round(total, 1)


# Function to build the report rows for all students
def build_report(students):
    report = []
    for student in students:
        score = weighted_score(student)
        report.append({
            'name': student['name'],
            'score': score,
            'grade': letter_grade(score),
        })
    # Refactored: sorting happens once here instead of in the print loop
    report.sort(key=lambda row: row['score'], reverse=True)
    return report


# Function to count how many students got each grade
def grade_distribution(report):
    counts = {letter: 0 for _, letter in GRADE_BOUNDARIES}
    for row in report:
        counts[row['grade']] += 1
    return counts


# Function to print the report
def print_report(report):
    print('{:<20} {:>6} {:>6}'.format('Name', 'Score', 'Grade'))
    print('-' * 34)
    for row in report:
        print('{:<20} {:>6.1f} {:>6}'.format(row['name'], row['score'], row['grade']))

    print()
    class_avg = average([row['score'] for row in report])
    print('Class average: {:.1f} ({})'.format(class_avg, letter_grade(class_avg)))
    for letter, count in grade_distribution(report).items():
        print('{}: {}'.format(letter, '*' * count))


if __name__ == '__main__':
    students = [
        {'name': 'Alice', 'homework': [95, 88, 92], 'midterm': 85, 'final': 91},
        {'name': 'Bob', 'homework': [70, 65, 80], 'midterm': 72, 'final': 68},
        {'name': 'Charlie', 'homework': [], 'midterm': 55, 'final': 61},
        {'name': 'Diana', 'homework': [100, 98], 'midterm': 94, 'final': 97},
    ]
    print_report(build_report(students))
